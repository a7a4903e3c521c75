package cn.gongkai.events.report;

/** The three blocks of table 四 (政府信息公开行政复议、行政诉讼情况). */
public enum CaseGroup {
    REVIEW("行政复议"),
    LAWSUIT_DIRECT("未经复议直接起诉"),
    LAWSUIT_AFTER_REVIEW("复议后起诉");

    private final String label;

    CaseGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
