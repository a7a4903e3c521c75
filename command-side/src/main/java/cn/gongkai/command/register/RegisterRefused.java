package cn.gongkai.command.register;

/** An atomic commit of a register with problems: nothing was appended; the result lists every problem. */
public class RegisterRefused extends RuntimeException {

    private final RegisterImportResult result;

    public RegisterRefused(RegisterImportResult result) {
        super(result.rowsWithProblems() + " of " + result.rows() + " rows of the register have problems; nothing was "
                + "appended. Correct them, or import with mode=GOOD_ROWS to append the other rows");
        this.result = result;
    }

    public RegisterImportResult result() {
        return result;
    }

    /** Whether every problem is a conflict with recorded facts, rather than a row wrong in itself. */
    public boolean onlyConflicts() {
        return result.problems().stream().allMatch(RowProblem::conflict);
    }
}
