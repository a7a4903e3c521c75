package cn.gongkai.events.report;

/**
 * One failed consistency rule (勾稽关系), naming the cell it judges by its codes ({@code table}, {@code row},
 * {@code column}) and by its labels as the national format prints them ({@code rowLabel}, {@code columnLabel}), the
 * value the rule expects there and the value found; {@code message} says it in Chinese.
 */
public record Finding(String rule, Severity severity, String table, String row, String column, long expected,
                      long actual, String message, String rowLabel, String columnLabel) {

    /** A finding with the cell's printed labels looked up from its codes. */
    public static Finding of(String rule, Severity severity, String table, String row, String column, long expected,
                             long actual, String message) {
        return new Finding(rule, severity, table, row, column, expected, actual, message,
                PrintedLabels.row(table, row), PrintedLabels.column(table, column));
    }
}
