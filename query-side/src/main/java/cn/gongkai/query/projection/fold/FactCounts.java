package cn.gongkai.query.projection.fold;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts kept beside a fact table: every fact row counts once in the group its columns put it in, and a change to the
 * row moves it from one group to another. The live projection applies the move in the transaction that changes the
 * row (from the row before and after its batch), a rebuild counts the rebuilt rows; both use {@link #groupOf}.
 */
public final class FactCounts {

    /** Table 三's counts: applications by organ, category, year received, year decided (0 open), outcome ('' open). */
    public static final FactCounts APPLICATIONS = new FactCounts(StatisticsTables.APPLICATION_FACT,
            StatisticsTables.APPLICATION_COUNT,
            List.of("organ", "applicant_type", "received_year", "decided_year", "outcome"), "applications",
            List.of("organ", "applicant_type", "received_on", "decided_on", "outcome"), row -> Arrays.asList(
                    row.get("organ"), row.get("applicant_type"), year(row.get("received_on")),
                    row.get("decided_on") == null ? 0 : year(row.get("decided_on")),
                    row.get("outcome") == null ? "" : row.get("outcome")));

    /** Every count kept. */
    public static final List<FactCounts> ALL = List.of(APPLICATIONS);

    private final String factTable;
    private final String countTable;
    private final List<String> groupColumns;
    private final String countColumn;
    private final List<String> factColumns;
    private final Function<Map<String, Object>, List<Object>> grouping;

    private FactCounts(String factTable, String countTable, List<String> groupColumns, String countColumn,
                       List<String> factColumns, Function<Map<String, Object>, List<Object>> grouping) {
        this.factTable = factTable;
        this.countTable = countTable;
        this.groupColumns = groupColumns;
        this.countColumn = countColumn;
        this.factColumns = factColumns;
        this.grouping = grouping;
    }

    public String factTable() {
        return factTable;
    }

    public String countTable() {
        return countTable;
    }

    /** The count table's group columns, in its key's order. */
    public List<String> groupColumns() {
        return groupColumns;
    }

    public String countColumn() {
        return countColumn;
    }

    /** The columns of a fact row its group depends on. */
    public List<String> factColumns() {
        return factColumns;
    }

    /** The group a fact row (its columns by name) counts in, as the count table's group column values. */
    public List<Object> groupOf(Map<String, Object> row) {
        return grouping.apply(row);
    }

    private static int year(Object date) {
        if (date instanceof java.sql.Date sql) {
            return sql.toLocalDate().getYear();
        }
        return ((LocalDate) date).getYear();
    }
}
