package cn.gongkai.query.projection.rebuild;

import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.fold.FactChange;
import cn.gongkai.query.projection.fold.FactChange.Appended;
import cn.gongkai.query.projection.fold.FactCounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics tables held in memory while a rebuild folds the stream: one row image per key, changed by the
 * fold's {@link FactChange}s by the rules {@link FactTable} applies to the live tables (an upsert inserts or sets, an
 * update sets a row that exists, a fact set once stays as first set, and no event overwrites a later one's values).
 */
public final class FoldedTables {

    private final Map<String, Image> tables = new LinkedHashMap<>();
    private long events;
    private long position = -1;

    /** Empty images of tables with these columns (each table's columns in its own order). */
    public FoldedTables(Map<String, List<String>> columns) {
        columns.forEach((table, names) -> tables.put(table, new Image(names)));
    }

    /** Applies the changes of the event at {@code at}. */
    public void apply(long at, List<FactChange> changes) {
        for (FactChange change : changes) {
            Image table = tables.get(change.table());
            if (table == null) {
                throw new IllegalStateException("the fold changed a table the rebuild does not keep: "
                        + change.table());
            }
            table.apply(change);
        }
        events++;
        position = Math.max(position, at);
    }

    /** How many events were folded. */
    public long events() {
        return events;
    }

    /** The position of the last event folded, or -1 before the first. */
    public long position() {
        return position;
    }

    public Collection<String> tables() {
        return tables.keySet();
    }

    public List<String> columns(String table) {
        return tables.get(table).columns;
    }

    /** The rows of a table, each in its columns' order. */
    public Collection<Object[]> rows(String table) {
        return tables.get(table).rows.values();
    }

    /**
     * The rows of a count table counted from the folded fact rows, in {@code columns}' order (the count's group
     * columns and its count column, by name).
     */
    public List<Object[]> counted(FactCounts counts, List<String> columns) {
        Image facts = tables.get(counts.factTable());
        CountTally tally = new CountTally(counts, facts.columns);
        for (Object[] row : facts.rows.values()) {
            tally.add(counts.factTable(), row);
        }
        return tally.rows(columns);
    }

    /**
     * Hands every row held to the sink and forgets it, keeping the count of events and the position: a rebuild that
     * folds one stream at a time drains the tables when the stream ends, since no other stream changes its rows.
     */
    void drain(RowSink sink) {
        tables.forEach((table, image) -> {
            for (Object[] row : image.rows.values()) {
                sink.row(table, row);
            }
            image.rows.clear();
        });
    }

    /** One table's rows by key. */
    private static final class Image {
        private final List<String> columns;
        private final Map<String, Integer> index = new HashMap<>();
        private final int lastPosition;
        private final Map<List<Object>, Object[]> rows = new LinkedHashMap<>();

        Image(List<String> columns) {
            this.columns = List.copyOf(columns);
            for (int i = 0; i < columns.size(); i++) {
                index.put(columns.get(i), i);
            }
            this.lastPosition = index.getOrDefault(FactTable.LAST_POSITION, -1);
        }

        void apply(FactChange change) {
            List<Object> key = new ArrayList<>(change.key().values());
            Object[] row = rows.get(key);
            switch (change.kind()) {
                case UPSERT -> {
                    if (row == null) {
                        row = inserted(key, change);
                    }
                    set(row, change);
                }
                case UPDATE -> {
                    if (row != null) {
                        set(row, change);
                    }
                }
                case INSERT_ONCE -> {
                    if (row == null) {
                        set(inserted(key, change), change);
                    }
                }
            }
        }

        private Object[] inserted(List<Object> key, FactChange change) {
            Object[] row = new Object[columns.size()];
            change.key().forEach((column, value) -> row[column(column)] = value);
            rows.put(key, row);
            return row;
        }

        private void set(Object[] row, FactChange change) {
            boolean tracked = change.kind() != FactChange.Kind.INSERT_ONCE && lastPosition >= 0;
            if (tracked && row[lastPosition] != null && (Long) row[lastPosition] >= change.position()) {
                return;
            }
            change.values().forEach((column, value) -> {
                int at = column(column);
                row[at] = value instanceof Appended appended ? appended.to(row[at]) : value;
            });
            if (tracked) {
                row[lastPosition] = change.position();
            }
        }

        private int column(String name) {
            Integer at = index.get(name);
            if (at == null) {
                throw new IllegalStateException("no column " + name + " among " + columns);
            }
            return at;
        }
    }
}
