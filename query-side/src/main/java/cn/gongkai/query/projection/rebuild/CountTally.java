package cn.gongkai.query.projection.rebuild;

import cn.gongkai.query.projection.fold.FactCounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a count table, counted from fact rows as a rebuild produces them: each fact row counts once in the
 * group {@link FactCounts#groupOf} puts it in. Holds one entry per group, never the fact rows.
 */
final class CountTally {

    private final FactCounts counts;
    private final List<String> needed;
    private final int[] source;
    private final Map<List<Object>, Long> groups = new LinkedHashMap<>();
    private final Map<String, Object> named = new HashMap<>();

    /** A tally of the counts' fact rows, which come in {@code factColumns}' order. */
    CountTally(FactCounts counts, List<String> factColumns) {
        this.counts = counts;
        this.needed = counts.factColumns();
        this.source = needed.stream().mapToInt(factColumns::indexOf).toArray();
    }

    FactCounts counts() {
        return counts;
    }

    /** Counts the row if it is one of the counts' fact rows. */
    void add(String table, Object[] row) {
        if (!table.equals(counts.factTable())) {
            return;
        }
        for (int i = 0; i < source.length; i++) {
            named.put(needed.get(i), row[source[i]]);
        }
        groups.merge(counts.groupOf(named), 1L, Long::sum);
    }

    /** The count table's rows, in {@code columns}' order (its group columns and its count column, by name). */
    List<Object[]> rows(List<String> columns) {
        List<Object[]> rows = new ArrayList<>(groups.size());
        groups.forEach((group, count) -> {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                int at = counts.groupColumns().indexOf(columns.get(i));
                row[i] = at >= 0 ? group.get(at) : count;
            }
            rows.add(row);
        });
        return rows;
    }
}
