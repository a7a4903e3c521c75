package cn.gongkai.command.register;

import java.util.List;

/**
 * The columns of a register (依申请公开台账) Gongkai reads: each with the heading of the default layout and the
 * other headings offices commonly use for it. The applicant's name and the remarks are read by no one: events carry
 * no names.
 */
public enum RegisterField {
    NUMBER("编号", true, "登记编号", "受理编号", "申请编号", "序号"),
    APPLICANT_TYPE("申请人类型", true, "申请人类别", "申请主体类型"),
    APPLICANT_NAME("申请人", false, "申请人姓名", "申请人名称", "姓名"),
    RECEIVED_ON("收到申请日期", true, "收到日期", "受理日期", "申请日期", "收件日期"),
    CHANNEL("申请方式", false, "提交方式", "申请渠道"),
    CORRECTION_REQUESTED_ON("补正通知日期", false, "告知补正日期"),
    CORRECTED_ON("补正日期", false, "收到补正日期"),
    EXTENDED_ON("延期日期", false, "延期答复日期", "延长期限日期"),
    EXTENSION_WORKING_DAYS("延期工作日", false, "延长工作日"),
    CONSULTATION_STARTED_ON("征求意见日期", false, "征求第三方意见日期"),
    CONSULTATION_ENDED_ON("征求意见结束日期", false, "第三方回复日期"),
    DECIDED_ON("答复日期", true, "办结日期", "告知日期"),
    OUTCOME("办理结果", true, "答复结果", "处理结果", "答复类型"),
    NOTE("备注", false);

    private final String heading;
    private final boolean required;
    private final List<String> otherHeadings;

    RegisterField(String heading, boolean required, String... otherHeadings) {
        this.heading = heading;
        this.required = required;
        this.otherHeadings = List.of(otherHeadings);
    }

    /** The heading of the default layout (and of the blank template). */
    public String heading() {
        return heading;
    }

    /** Headings offices commonly use for this column, known without a mapping. */
    List<String> otherHeadings() {
        return otherHeadings;
    }

    /**
     * Whether a register must have this column at all. The decision date and outcome are required columns, though a
     * row of an application still open leaves them blank.
     */
    boolean requiredColumn() {
        return required;
    }

    /** Columns whose content is never read: a name is personal data, a remark is free text. */
    boolean ignored() {
        return this == APPLICANT_NAME || this == NOTE;
    }
}
