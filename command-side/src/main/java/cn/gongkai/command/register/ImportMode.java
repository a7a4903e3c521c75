package cn.gongkai.command.register;

/** What an import does with a register. */
public enum ImportMode {
    /** Judges every row and says what would be appended; appends nothing. */
    DRY_RUN,
    /** Appends every row's events in one transaction, or nothing when any row has a problem. */
    COMMIT,
    /** Appends the rows without a problem and lists the others: the office's explicit choice. */
    GOOD_ROWS
}
