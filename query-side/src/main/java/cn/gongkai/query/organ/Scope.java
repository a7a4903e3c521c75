package cn.gongkai.query.organ;

/** Which organs a report covers: the organ alone, or the organ and everything under it (a roll-up). */
public enum Scope {
    SELF,
    SUBTREE;

    public static Scope parse(String value) {
        for (Scope scope : values()) {
            if (scope.name().equalsIgnoreCase(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope must be 'self' or 'subtree', not '" + value + "'");
    }
}
