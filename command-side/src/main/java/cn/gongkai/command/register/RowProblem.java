package cn.gongkai.command.register;

/**
 * What is wrong with one row of a register, in words for the office that keeps it.
 *
 * @param row      the row's number as the spreadsheet shows it
 * @param column   the column's letter ("G"), or "" where the fault is the row's as a whole
 * @param heading  the heading printed over that column
 * @param rule     a stable code for the rule broken ({@code DECIDED_BEFORE_RECEIPT})
 * @param conflict whether the row contradicts what is already recorded, rather than being wrong in itself
 * @param message  the problem in Chinese, naming the row and column
 */
public record RowProblem(int row, String column, String heading, String rule, boolean conflict, String message) {

    static RowProblem of(int row, String column, String heading, String rule, boolean conflict, String detail) {
        String place = column.isEmpty() ? "第" + row + "行" : "第" + row + "行" + column + "列（" + heading + "）";
        return new RowProblem(row, column, heading, rule, conflict, place + "：" + detail);
    }
}
