package cn.gongkai.events.proactive;

/** The decisions of table 二 第二十条第（五）（六）项. */
public enum DecisionKind {
    LICENSING("行政许可"),
    PENALTY("行政处罚"),
    ENFORCEMENT("行政强制");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
