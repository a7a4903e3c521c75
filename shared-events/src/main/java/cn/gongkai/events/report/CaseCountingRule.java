package cn.gongkai.events.report;

/** Which cases table 四 of year Y counts, and where; the report names the rule that produced it. */
public enum CaseCountingRule {
    /**
     * The default (DESIGN §3): a case counts in its result column in the year it concluded, and as 尚未审结 in
     * every year at whose end it was filed and still open.
     */
    CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END("本年审结的案件计入其结果，截至年底已立案尚未审结的计入尚未审结"),
    /** Each case once, in the year it was filed: its result if concluded by the year's end, else 尚未审结. */
    FILED_IN_YEAR("本年新立案件：年底前审结的计入其结果，其余计入尚未审结");

    private final String description;

    CaseCountingRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
