package cn.gongkai.query.dashboard;

import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;

import java.util.Arrays;
import java.util.List;

/**
 * The national layout of table 三 for a browser: every row and column code with the label the national format prints,
 * taken from {@link ApplicationRow} and {@link ApplicationColumn}, so the page never spells a label of its own.
 */
public record ReportLayout(String resultsHeading, String organisationsHeading, List<Row> rows, List<Column> columns) {

    public static ReportLayout applications() {
        List<Row> rows = Arrays.stream(ApplicationRow.values())
                .map(row -> new Row(row.name(), row.label(),
                        row.outcome().map(o -> o.group().name()).orElse(null),
                        row.outcome().map(o -> o.group().label()).orElse(null)))
                .toList();
        List<Column> columns = Arrays.stream(ApplicationColumn.values())
                .map(column -> new Column(column.name(), column.label(),
                        column.applicantType().map(type -> column != ApplicationColumn.NATURAL_PERSON).orElse(false)))
                .toList();
        return new ReportLayout(ApplicationRow.RESULTS_HEADING, ApplicationColumn.ORGANISATIONS_HEADING, rows, columns);
    }

    /** A row: its code and label, and for a result row its outcome group's code and label. */
    public record Row(String code, String label, String group, String groupLabel) {
    }

    /** A column: its code and label, and whether it stands under 法人或其他组织. */
    public record Column(String code, String label, boolean organisation) {
    }
}
