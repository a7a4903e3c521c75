package cn.gongkai.events.report;

/**
 * One failed consistency rule (勾稽关系), naming the cell it judges, the value the rule expects there and the
 * value found.
 */
public record Finding(String rule, Severity severity, String table, String row, String column, long expected,
                      long actual, String message) {
}
