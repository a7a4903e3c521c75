package cn.gongkai.command.application;

/**
 * The lifecycle rules of an application, as stable codes in refusals. A conflict contradicts recorded facts; the
 * others assert something that cannot be true whatever was recorded.
 */
public enum ApplicationRule {
    NOT_RECEIVED(true),
    CONFLICTING_RECEIPT(true),
    BEFORE_RECEIPT(false),
    ALREADY_DECIDED(true),
    CORRECTION_ALREADY_REQUESTED(true),
    NO_CORRECTION_REQUESTED(true),
    CORRECTION_PENDING(true),
    EXTENSION_ALREADY_GRANTED(true),
    EXTENSION_TOO_LONG(false),
    CONSULTATION_ALREADY_OPEN(true),
    NO_CONSULTATION_OPEN(true),
    DEADLINE_BEFORE_SETTING(false),
    DEADLINE_TOO_FAR(false),
    NOT_OPEN_AT_YEAR_END(true),
    NO_FEE_CHARGED(true),
    INVALID_AMOUNT(false);

    private final boolean conflict;

    ApplicationRule(boolean conflict) {
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }
}
