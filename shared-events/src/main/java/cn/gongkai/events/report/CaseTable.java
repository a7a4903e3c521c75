package cn.gongkai.events.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The cells of table 四 as they stand; like {@link ApplicationsTable}, judged by the consistency rules. */
public final class CaseTable {

    private final long[][] cells;

    private CaseTable(long[][] cells) {
        this.cells = cells;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long cell(CaseGroup group, CaseColumn column) {
        return cells[group.ordinal()][column.ordinal()];
    }

    /** Groups, each with its columns in order: the report JSON's {@code reviewsAndLawsuits}. */
    public Map<String, Map<String, Long>> asMap() {
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        for (CaseGroup group : CaseGroup.values()) {
            Map<String, Long> columns = new LinkedHashMap<>();
            for (CaseColumn column : CaseColumn.values()) {
                columns.put(column.name(), cell(group, column));
            }
            groups.put(group.name(), columns);
        }
        return groups;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseTable table && Arrays.deepEquals(cells, table.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        return "CaseTable" + asMap();
    }

    public static final class Builder {
        private final long[][] cells = new long[CaseGroup.values().length][CaseColumn.values().length];

        public Builder set(CaseGroup group, CaseColumn column, long value) {
            cells[group.ordinal()][column.ordinal()] = value;
            return this;
        }

        public Builder add(CaseGroup group, CaseColumn column, long value) {
            cells[group.ordinal()][column.ordinal()] += value;
            return this;
        }

        public CaseTable build() {
            long[][] copy = new long[cells.length][];
            for (int g = 0; g < cells.length; g++) {
                copy[g] = cells[g].clone();
            }
            return new CaseTable(copy);
        }
    }
}
