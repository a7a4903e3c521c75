package cn.gongkai.events.report;

import cn.gongkai.events.application.Outcome;

import java.util.Optional;

/** The rows of table 三 (收到和处理政府信息公开申请情况), keyed by the contract's codes, in the national order. */
public enum ApplicationRow {
    RECEIVED(null, "一、本年新收政府信息公开申请数量"),
    CARRIED_OVER_FROM_LAST_YEAR(null, "二、上年结转政府信息公开申请数量"),
    DISCLOSED(Outcome.DISCLOSED, null),
    PARTIALLY_DISCLOSED(Outcome.PARTIALLY_DISCLOSED, null),
    WITHHELD_STATE_SECRET(Outcome.WITHHELD_STATE_SECRET, null),
    WITHHELD_PROHIBITED_BY_LAW(Outcome.WITHHELD_PROHIBITED_BY_LAW, null),
    WITHHELD_SECURITY_STABILITY(Outcome.WITHHELD_SECURITY_STABILITY, null),
    WITHHELD_THIRD_PARTY_RIGHTS(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, null),
    WITHHELD_INTERNAL_AFFAIRS(Outcome.WITHHELD_INTERNAL_AFFAIRS, null),
    WITHHELD_PROCESS_INFORMATION(Outcome.WITHHELD_PROCESS_INFORMATION, null),
    WITHHELD_ENFORCEMENT_FILE(Outcome.WITHHELD_ENFORCEMENT_FILE, null),
    WITHHELD_ADMINISTRATIVE_INQUIRY(Outcome.WITHHELD_ADMINISTRATIVE_INQUIRY, null),
    UNAVAILABLE_NOT_HELD(Outcome.UNAVAILABLE_NOT_HELD, null),
    UNAVAILABLE_NEEDS_CREATION(Outcome.UNAVAILABLE_NEEDS_CREATION, null),
    UNAVAILABLE_UNCLEAR_AFTER_CORRECTION(Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION, null),
    NOT_PROCESSED_COMPLAINT(Outcome.NOT_PROCESSED_COMPLAINT, null),
    NOT_PROCESSED_REPEATED(Outcome.NOT_PROCESSED_REPEATED, null),
    NOT_PROCESSED_PUBLICATION(Outcome.NOT_PROCESSED_PUBLICATION, null),
    NOT_PROCESSED_EXCESSIVE(Outcome.NOT_PROCESSED_EXCESSIVE, null),
    NOT_PROCESSED_CONFIRMATION(Outcome.NOT_PROCESSED_CONFIRMATION, null),
    OTHER_NO_CORRECTION(Outcome.OTHER_NO_CORRECTION, null),
    OTHER_FEE_UNPAID(Outcome.OTHER_FEE_UNPAID, null),
    OTHER(Outcome.OTHER, null),
    RESULT_TOTAL(null, "（七）总计"),
    CARRIED_OVER_TO_NEXT_YEAR(null, "四、结转下年度继续办理");

    /** The heading of the block of result rows. */
    public static final String RESULTS_HEADING = "三、本年度办理结果";

    private final Outcome outcome;
    private final String label;

    ApplicationRow(Outcome outcome, String label) {
        this.outcome = outcome;
        this.label = label;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The row's own label as the national format prints it (an outcome row's numbered item, or its group). */
    public String label() {
        return outcome == null ? label : outcome.label();
    }

    public static ApplicationRow of(Outcome outcome) {
        return valueOf(outcome.name());
    }

    public boolean isResult() {
        return outcome != null;
    }
}
