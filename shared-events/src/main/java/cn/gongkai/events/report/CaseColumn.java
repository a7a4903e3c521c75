package cn.gongkai.events.report;

import cn.gongkai.events.review.CaseResult;

import java.util.Optional;

/** The columns of each block of table 四. */
public enum CaseColumn {
    UPHELD(CaseResult.UPHELD, "结果维持"),
    CORRECTED(CaseResult.CORRECTED, "结果纠正"),
    OTHER(CaseResult.OTHER, "其他结果"),
    PENDING(null, "尚未审结"),
    TOTAL(null, "总计");

    private final CaseResult result;
    private final String label;

    CaseColumn(CaseResult result, String label) {
        this.result = result;
        this.label = label;
    }

    public Optional<CaseResult> result() {
        return Optional.ofNullable(result);
    }

    public String label() {
        return label;
    }

    public static CaseColumn of(CaseResult result) {
        return valueOf(result.name());
    }
}
