package cn.gongkai.events.review;

/** How a review or lawsuit concluded, as table 四 groups it. */
public enum CaseResult {
    /** 维持. */
    UPHELD("结果维持"),
    /** 纠正: 撤销、变更、确认违法、责令履行. */
    CORRECTED("结果纠正"),
    /** 其他: 驳回、终止、撤回…. */
    OTHER("其他结果");

    private final String label;

    CaseResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
