package cn.gongkai.command.rules;

/**
 * A command refused by a business rule: the fact it asserts contradicts what is already recorded
 * ({@code conflict}), or cannot be true at all (a date in the future, an impossible order of dates). {@code rule}
 * is a stable code a department's system can act on.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final boolean conflict;

    public RuleViolation(String rule, boolean conflict, String message) {
        super(message);
        this.rule = rule;
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }

    public String rule() {
        return rule;
    }
}
