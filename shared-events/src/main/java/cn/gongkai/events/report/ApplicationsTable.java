package cn.gongkai.events.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of table 三 as they stand, whether computed by Gongkai or copied from a published report; a published
 * table may break its own arithmetic, so no cell is derived here: {@link ConsistencyRules} judges them.
 */
public final class ApplicationsTable {

    private static final int ROWS = ApplicationRow.values().length;
    private static final int COLUMNS = ApplicationColumn.values().length;

    private final long[][] cells;

    private ApplicationsTable(long[][] cells) {
        this.cells = cells;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long cell(ApplicationRow row, ApplicationColumn column) {
        return cells[row.ordinal()][column.ordinal()];
    }

    /** Rows in the national order, each with its columns in order; the report JSON's {@code applications}. */
    public Map<String, Map<String, Long>> asMap() {
        Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
        for (ApplicationRow row : ApplicationRow.values()) {
            Map<String, Long> columns = new LinkedHashMap<>();
            for (ApplicationColumn column : ApplicationColumn.values()) {
                columns.put(column.name(), cell(row, column));
            }
            rows.put(row.name(), columns);
        }
        return rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationsTable table && Arrays.deepEquals(cells, table.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        return "ApplicationsTable" + asMap();
    }

    public static final class Builder {
        private final long[][] cells = new long[ROWS][COLUMNS];

        public Builder set(ApplicationRow row, ApplicationColumn column, long value) {
            cells[row.ordinal()][column.ordinal()] = value;
            return this;
        }

        public Builder add(ApplicationRow row, ApplicationColumn column, long value) {
            cells[row.ordinal()][column.ordinal()] += value;
            return this;
        }

        public long get(ApplicationRow row, ApplicationColumn column) {
            return cells[row.ordinal()][column.ordinal()];
        }

        public ApplicationsTable build() {
            long[][] copy = new long[ROWS][];
            for (int r = 0; r < ROWS; r++) {
                copy[r] = cells[r].clone();
            }
            return new ApplicationsTable(copy);
        }
    }
}
