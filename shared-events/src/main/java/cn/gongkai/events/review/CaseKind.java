package cn.gongkai.events.review;

/** An administrative review (行政复议) or a lawsuit (行政诉讼) arising from the organ's disclosure work. */
public enum CaseKind {
    REVIEW,
    LAWSUIT
}
