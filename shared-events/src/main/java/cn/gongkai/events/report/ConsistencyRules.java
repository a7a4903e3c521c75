package cn.gongkai.events.report;

import cn.gongkai.events.application.ApplicantType;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of table 三 (DESIGN §3), judged cell by cell. The 总计 column is judged only by the row-sum rule,
 * so one wrong 总计 cell is named once rather than again through every rule that reads it.
 */
public final class ConsistencyRules {

    public static final String TABLE = "applications";
    public static final String NON_NEGATIVE = "NON_NEGATIVE";
    public static final String ROW_TOTAL = "ROW_TOTAL_IS_SUM_OF_APPLICANT_COLUMNS";
    public static final String RESULT_TOTAL = "RESULT_TOTAL_IS_SUM_OF_RESULT_ROWS";
    public static final String BALANCE = "RECEIVED_PLUS_CARRIED_IN_EQUALS_RESULTS_PLUS_CARRIED_OUT";

    private ConsistencyRules() {
    }

    public static List<Finding> check(ApplicationsTable table) {
        List<Finding> findings = new ArrayList<>();
        nonNegative(table, findings);
        rowTotals(table, findings);
        for (ApplicantType type : ApplicantType.values()) {
            ApplicationColumn column = ApplicationColumn.of(type);
            resultTotal(table, column, findings);
            balance(table, column, findings);
        }
        return List.copyOf(findings);
    }

    private static void nonNegative(ApplicationsTable table, List<Finding> findings) {
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicationColumn column : ApplicationColumn.values()) {
                long value = table.cell(row, column);
                if (value < 0) {
                    findings.add(error(NON_NEGATIVE, row, column, 0, value,
                            "a count cannot be negative"));
                }
            }
        }
    }

    private static void rowTotals(ApplicationsTable table, List<Finding> findings) {
        for (ApplicationRow row : ApplicationRow.values()) {
            long sum = 0;
            for (ApplicantType type : ApplicantType.values()) {
                sum += table.cell(row, ApplicationColumn.of(type));
            }
            long total = table.cell(row, ApplicationColumn.TOTAL);
            if (sum != total) {
                findings.add(error(ROW_TOTAL, row, ApplicationColumn.TOTAL, sum, total,
                        "总计 must equal the sum of the six applicant columns of row " + row.label()));
            }
        }
    }

    private static void resultTotal(ApplicationsTable table, ApplicationColumn column, List<Finding> findings) {
        long sum = 0;
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row.isResult()) {
                sum += table.cell(row, column);
            }
        }
        long total = table.cell(ApplicationRow.RESULT_TOTAL, column);
        if (sum != total) {
            findings.add(error(RESULT_TOTAL, ApplicationRow.RESULT_TOTAL, column, sum, total,
                    "（七）总计 must equal the sum of the result rows in column " + column.label()));
        }
    }

    private static void balance(ApplicationsTable table, ApplicationColumn column, List<Finding> findings) {
        long in = table.cell(ApplicationRow.RECEIVED, column)
                + table.cell(ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR, column);
        long expectedOut = in - table.cell(ApplicationRow.RESULT_TOTAL, column);
        long out = table.cell(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column);
        if (expectedOut != out) {
            findings.add(error(BALANCE, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column, expectedOut, out,
                    "一 + 二 must equal 三（七） + 四 in column " + column.label()));
        }
    }

    private static Finding error(String rule, ApplicationRow row, ApplicationColumn column, long expected,
                                 long actual, String message) {
        return new Finding(rule, Severity.ERROR, TABLE, row.name(), column.name(), expected, actual, message);
    }
}
