package cn.gongkai.query.projection;

import cn.gongkai.query.projection.fold.FactCounts;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The moves of a batch's fact rows between the groups of a {@link FactCounts}: read the rows as they stand before the
 * batch (one statement), work out each row as the batch's write will leave it (the same rules as the write: a missing
 * row is inserted by an upsert and untouched by an update, a row an event already reached is left as it is), and after
 * the write add the differences to the count table. A redelivered event leaves its row, and so the counts, as they
 * were.
 */
final class CountMoves {

    private final FactCounts counts;
    private final Map<List<Object>, Long> deltas = new LinkedHashMap<>();

    private CountMoves(FactCounts counts) {
        this.counts = counts;
    }

    /** The moves of the batch's rows of the counted table, read before the batch writes them. */
    static CountMoves before(JdbcTemplate jdbc, boolean postgres, FactCounts counts,
                             Map<FactTable.RowKey, FactTable.RowChange> rows) {
        CountMoves moves = new CountMoves(counts);
        Map<Map<String, Object>, FactTable.RowChange> changes = new LinkedHashMap<>();
        rows.forEach((row, change) -> {
            if (row.table().equals(counts.factTable())) {
                changes.put(row.key(), change);
            }
        });
        if (changes.isEmpty()) {
            return moves;
        }
        Map<Map<String, Object>, Map<String, Object>> current = read(jdbc, postgres, counts, changes);
        changes.forEach((key, change) -> {
            Map<String, Object> before = current.get(key);
            Map<String, Object> after = after(key, before, change);
            if (before != null) {
                moves.add(counts.groupOf(before), -1);
            }
            if (after != null) {
                moves.add(counts.groupOf(after), 1);
            }
        });
        moves.deltas.values().removeIf(delta -> delta == 0);
        return moves;
    }

    /** Adds the moves to the count table; run after the batch wrote its rows, in its transaction. */
    /**
     * Writes the moves: on PostgreSQL ({@code sets} given) each group's delta in one statement for all groups, then
     * the groups left empty deleted in another; elsewhere by JDBC batches of one statement per group.
     */
    void write(JdbcTemplate jdbc, SetStatements sets) {
        if (deltas.isEmpty()) {
            return;
        }
        String table = counts.countTable();
        String column = counts.countColumn();
        List<String> group = counts.groupColumns();
        List<Object[]> rows = new ArrayList<>();
        deltas.forEach((g, delta) -> {
            List<Object> values = new ArrayList<>(g);
            values.add(delta);
            rows.add(values.toArray());
        });
        List<Object[]> emptied = deltas.entrySet().stream().filter(e -> e.getValue() < 0)
                .map(e -> e.getKey().toArray()).toList();
        if (sets != null) {
            String values = IntStream.range(0, group.size()).mapToObj(i -> sets.value(table, group.get(i), i))
                    .collect(Collectors.joining(", "));
            sets.execute("insert into " + table + " (" + String.join(", ", group) + ", " + column + ") select "
                    + values + ", " + sets.value(table, column, group.size()) + " from "
                    + SetStatements.unnest(group.size() + 1) + " on conflict (" + String.join(", ", group)
                    + ") do update set " + column + " = " + table + "." + column + " + excluded." + column, rows);
            if (!emptied.isEmpty()) {
                String where = IntStream.range(0, group.size()).mapToObj(i -> table + "." + group.get(i) + " = "
                        + sets.value(table, group.get(i), i)).collect(Collectors.joining(" and "));
                sets.execute("delete from " + table + " using " + SetStatements.unnest(group.size()) + " where "
                        + where + " and " + table + "." + column + " = 0", emptied);
            }
            return;
        }
        String matching = group.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
        List<Object[]> updates = new ArrayList<>();
        deltas.forEach((g, delta) -> {
            List<Object> values = new ArrayList<>();
            values.add(delta);
            values.addAll(g);
            updates.add(values.toArray());
        });
        int[] updated = jdbc.batchUpdate("update " + table + " set " + column + " = " + column + " + ? where "
                + matching, updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(rows.get(i));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into " + table + " (" + String.join(", ", group) + ", " + column
                    + ") values (" + "?, ".repeat(group.size()) + "?)", inserts);
        }
        if (!emptied.isEmpty()) {
            jdbc.batchUpdate("delete from " + table + " where " + matching + " and " + column + " = 0", emptied);
        }
    }

    private void add(List<Object> group, long delta) {
        deltas.merge(group, delta, Long::sum);
    }

    /** The row as the batch's write leaves it, by the write's own rules; null if there is none. */
    private static Map<String, Object> after(Map<String, Object> key, Map<String, Object> before,
                                             FactTable.RowChange change) {
        if (before == null) {
            if (!change.inserts()) {
                return null;
            }
            Map<String, Object> inserted = new HashMap<>(key);
            inserted.putAll(change.values());
            return inserted;
        }
        Object reached = before.get(FactTable.LAST_POSITION);
        if (change.position() == null || (reached != null && ((Number) reached).longValue() >= change.position())) {
            return before;
        }
        Map<String, Object> updated = new HashMap<>(before);
        updated.putAll(change.values());
        return updated;
    }

    /** The current rows of these keys, by key (with their key and counted columns, and their position). */
    private static Map<Map<String, Object>, Map<String, Object>> read(
            JdbcTemplate jdbc, boolean postgres, FactCounts counts,
            Map<Map<String, Object>, FactTable.RowChange> changes) {
        List<String> keyColumns = List.copyOf(changes.keySet().iterator().next().keySet());
        List<String> columns = new ArrayList<>(keyColumns);
        counts.factColumns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        columns.add(FactTable.LAST_POSITION);
        String table = counts.factTable();
        String selected = columns.stream().map(c -> "t." + c).collect(Collectors.joining(", "));
        String sql;
        List<Object> args = new ArrayList<>();
        if (postgres) {
            // One index lookup per key whatever the table's statistics say (autovacuum may be off).
            sql = "select " + selected + " from unnest(" + keyColumns.stream().map(c -> "?::text[]")
                    .collect(Collectors.joining(", ")) + ") as k(" + String.join(", ", keyColumns)
                    + ") cross join lateral (select * from " + table + " f where " + keyColumns.stream()
                    .map(c -> "f." + c + " = k." + c).collect(Collectors.joining(" and ")) + ") t";
            for (String column : keyColumns) {
                args.add(changes.keySet().stream().map(k -> String.valueOf(k.get(column))).toArray(String[]::new));
            }
        } else {
            String tuple = "(" + keyColumns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            sql = "select " + selected + " from " + table + " t where (" + String.join(", ", keyColumns) + ") in ("
                    + changes.keySet().stream().map(k -> tuple).collect(Collectors.joining(", ")) + ")";
            changes.keySet().forEach(k -> keyColumns.forEach(c -> args.add(k.get(c))));
        }
        Map<Map<String, Object>, Map<String, Object>> rows = new HashMap<>();
        jdbc.query(sql, rs -> {
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i).toLowerCase(Locale.ROOT), rs.getObject(i + 1));
            }
            Map<String, Object> key = new LinkedHashMap<>();
            keyColumns.forEach(c -> key.put(c, row.get(c)));
            rows.put(key, row);
        }, args.toArray());
        return rows;
    }
}
