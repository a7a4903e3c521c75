package cn.gongkai.query.projection;

import cn.gongkai.platform.StoreDatabase;
import cn.gongkai.query.projection.fold.FactChange;
import cn.gongkai.query.projection.fold.FactChange.Appended;
import cn.gongkai.query.projection.fold.FactCounts;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Idempotent writes of fact rows, so that an event delivered twice, or an older event delivered after a newer one,
 * leaves a read model as it was. Table and column names come from the projections' own constants, never from input.
 * <p>
 * Within a processor's batch (a unit of work) the writes are gathered: the changes to one row are folded into one
 * row image in stream order, and as the batch commits each table is written with a few JDBC batches (new rows
 * inserted unless present, then every row updated unless a later event already did), in the batch's transaction.
 * A batch of a hundred events costs a handful of round trips instead of several per event. Where a table has
 * {@link FactCounts}, the batch's rows are read first (one statement) and the counts moved after the write
 * ({@link CountMoves}).
 */
@Component
public class FactTable {

    public static final String LAST_POSITION = "last_position";
    private static final String PENDING = FactTable.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final Map<Shape, String> texts = new ConcurrentHashMap<>();
    private final Map<Shape, String> setTexts = new ConcurrentHashMap<>();
    private final SetStatements sets;
    private volatile Boolean postgres;

    public FactTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sets = new SetStatements(jdbc);
    }

    /**
     * Applies one change of the statistics fold: its {@link Appended} values are resolved against the row as this
     * batch leaves it so far, or as the table holds it.
     */
    public void apply(FactChange change) {
        Map<String, Object> values = resolved(change);
        switch (change.kind()) {
            case UPSERT -> upsert(change.table(), change.key(), values, change.position());
            case UPDATE -> update(change.table(), change.key(), values, change.position());
            case INSERT_ONCE -> insertIfAbsent(change.table(), change.key(), values);
        }
    }

    private Map<String, Object> resolved(FactChange change) {
        Map<String, Object> values = change.values();
        if (!hasAppended(values)) {
            return values;
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        values.forEach((column, value) -> resolved.put(column, value instanceof Appended appended
                ? appended.to(current(change.table(), change.key(), column)) : value));
        return resolved;
    }

    private static boolean hasAppended(Map<String, Object> values) {
        for (Object value : values.values()) {
            if (value instanceof Appended) {
                return true;
            }
        }
        return false;
    }

    /** A column's value as this batch leaves it so far, or else as the table holds it (null for a missing row). */
    private Object current(String table, Map<String, Object> key, String column) {
        return pending(table, key, column).orElseGet(() -> jdbc.query("select " + column + " from " + table
                + " where " + matching(List.copyOf(key.keySet())), rs -> rs.next() ? rs.getObject(1) : null,
                key.values().toArray()));
    }

    /** Sets the values of the row with this key as of the event at {@code position}, unless a later event did. */
    public void upsert(String table, Map<String, Object> key, Map<String, Object> values, long position) {
        change(table, key, row -> row.set(values, position, true));
    }

    /** Updates the row with this key as of the event at {@code position}, if it exists and no later event did. */
    public void update(String table, Map<String, Object> key, Map<String, Object> values, long position) {
        change(table, key, row -> row.set(values, position, false));
    }

    /** Inserts a fact that never changes once recorded, unless it is there already. */
    public void insertIfAbsent(String table, Map<String, Object> key, Map<String, Object> values) {
        change(table, key, row -> row.insertOnly(values));
    }

    /**
     * A column's value as this batch leaves it so far, if the batch set it; a projection that derives a value from
     * the one before reads this first, then the table.
     */
    public Optional<Object> pending(String table, Map<String, Object> key, String column) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        Pending pending = CurrentUnitOfWork.get().root().getResource(PENDING);
        RowChange change = pending == null ? null : pending.rows.get(new RowKey(table, key));
        return change == null || !change.values.containsKey(column) ? Optional.empty()
                : Optional.ofNullable(change.values.get(column));
    }

    /**
     * Empties the table for a replay through the processor (its tokens reset). Deleted rather than truncated: a
     * truncated table's statistics say it is tiny, and where nothing analyses it while it refills (autovacuum off) the
     * projection's cached plans scan it whole for every key, which made a replay of a million events quadratic. The
     * operator's rebuild does not come here: it loads shadow tables and swaps them in (projection/rebuild).
     */
    public void deleteAll(String table) {
        jdbc.update("delete from " + table);
    }

    /** Notes a row's change in the current batch; outside a processor's batch, writes it at once. */
    private void change(String table, Map<String, Object> key, Consumer<RowChange> edit) {
        if (!CurrentUnitOfWork.isStarted()) {
            Pending once = new Pending();
            edit.accept(once.row(table, key));
            write(once);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Pending pending = batch.getOrComputeResource(PENDING, k -> {
            Pending created = new Pending();
            batch.onPrepareCommit(u -> write(created));
            return created;
        });
        edit.accept(pending.row(table, key));
    }

    /**
     * The rows of a batch, each written once. On PostgreSQL a row that may be new is one upsert (inserted, or else
     * updated unless a later event already did); elsewhere it is inserted unless present and then updated like the
     * rest. Rows only updated get the guarded update. Rows of the same shape (table, columns, kind) go in one
     * statement on PostgreSQL, their values as arrays ({@link #setStatement}); elsewhere in one JDBC batch.
     */
    private void write(Pending pending) {
        boolean upserts = postgres();
        List<CountMoves> moves = FactCounts.ALL.stream()
                .map(counts -> CountMoves.before(jdbc, upserts, counts, pending.rows)).toList();
        Map<Shape, List<Object[]>> byShape = new LinkedHashMap<>();
        pending.rows.forEach((row, change) -> {
            if (change.insert) {
                Map<String, Object> inserted = new LinkedHashMap<>(row.key());
                inserted.putAll(change.values);
                if (change.position != null) {
                    inserted.put(LAST_POSITION, change.position);
                }
                List<Object> args = new ArrayList<>(inserted.values());
                Statement kind = !upserts ? Statement.INSERT_UNLESS_PRESENT
                        : change.position != null ? Statement.UPSERT : Statement.INSERT_ONCE;
                if (!upserts) {
                    args.addAll(row.key().values());
                }
                byShape.computeIfAbsent(new Shape(kind, row.table(), List.copyOf(row.key().keySet()),
                        List.copyOf(inserted.keySet())), s -> new ArrayList<>()).add(args.toArray());
            }
        });
        pending.rows.forEach((row, change) -> {
            if (change.position != null && !(upserts && change.insert)) {
                Map<String, Object> assigned = new LinkedHashMap<>(change.values);
                assigned.put(LAST_POSITION, change.position);
                List<Object> args = new ArrayList<>(assigned.values());
                args.addAll(row.key().values());
                args.add(change.position);
                byShape.computeIfAbsent(new Shape(Statement.UPDATE, row.table(), List.copyOf(row.key().keySet()),
                        List.copyOf(assigned.keySet())), s -> new ArrayList<>()).add(args.toArray());
            }
        });
        byShape.forEach((shape, rows) -> {
            if (rows.size() == 1) {
                jdbc.update(statement(shape), rows.get(0));
            } else if (upserts) {
                setStatement(shape, rows);
            } else {
                jdbc.batchUpdate(statement(shape), rows);
            }
        });
        moves.forEach(move -> move.write(jdbc, upserts ? sets : null));
        pending.rows.clear();
    }

    /** The statement for one row of this shape, its values as parameters in the shape's order. */
    private String statement(Shape shape) {
        return texts.computeIfAbsent(shape, s -> switch (s.kind()) {
            case UPSERT -> upsert(s.table(), s.key(), s.columns(), true);
            case INSERT_ONCE -> upsert(s.table(), s.key(), s.columns(), false);
            case INSERT_UNLESS_PRESENT -> insertUnlessPresent(s.table(), s.key(), s.columns());
            case UPDATE -> "update " + s.table() + " set " + assignments(s.columns()) + " where " + matching(s.key())
                    + " and " + LAST_POSITION + " < ?";
        });
    }

    /**
     * Writes every row of one shape with one PostgreSQL statement ({@link SetStatements}); the rows' keys are
     * distinct, since a batch folds each row's changes into one.
     */
    private void setStatement(Shape shape, List<Object[]> rows) {
        sets.execute(setTexts.computeIfAbsent(shape, this::unnested), rows);
    }

    /** The set statement of a shape: the one-row statement's parameters, in its order, as unnested columns. */
    private String unnested(Shape shape) {
        String table = shape.table();
        if (shape.kind() == Statement.UPDATE) {
            int columns = shape.columns().size();
            String set = IntStream.range(0, columns).mapToObj(i -> shape.columns().get(i) + " = "
                    + sets.value(table, shape.columns().get(i), i)).collect(Collectors.joining(", "));
            String where = IntStream.range(0, shape.key().size()).mapToObj(i -> table + "." + shape.key().get(i)
                    + " = " + sets.value(table, shape.key().get(i), columns + i)).collect(Collectors.joining(" and "));
            int guard = columns + shape.key().size();
            return "update " + table + " set " + set + " from " + SetStatements.unnest(guard + 1) + " where " + where
                    + " and " + table + "." + LAST_POSITION + " < " + sets.value(table, LAST_POSITION, guard);
        }
        String values = IntStream.range(0, shape.columns().size())
                .mapToObj(i -> sets.value(table, shape.columns().get(i), i)).collect(Collectors.joining(", "));
        String insert = "insert into " + table + " (" + String.join(", ", shape.columns()) + ") select " + values
                + " from " + SetStatements.unnest(shape.columns().size()) + " on conflict ("
                + String.join(", ", shape.key()) + ") do ";
        if (shape.kind() == Statement.INSERT_ONCE) {
            return insert + "nothing";
        }
        String assigned = shape.columns().stream().filter(c -> !shape.key().contains(c))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return insert + "update set " + assigned + " where " + table + "." + LAST_POSITION + " < excluded."
                + LAST_POSITION;
    }

    /**
     * One PostgreSQL statement: the row goes in, or, where its key is there already, its values are set unless a
     * later event set them ({@code guarded}); a fact inserted once is left as it is.
     */
    private static String upsert(String table, List<String> key, List<String> columns, boolean guarded) {
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks
                + ") on conflict (" + String.join(", ", key) + ") do ";
        if (!guarded) {
            return insert + "nothing";
        }
        String assigned = columns.stream().filter(c -> !key.contains(c)).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return insert + "update set " + assigned + " where " + table + "." + LAST_POSITION + " < excluded."
                + LAST_POSITION;
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<StoreDatabase>) StoreDatabase::of) == StoreDatabase.POSTGRESQL;
        }
        return postgres;
    }

    /** One statement: the row goes in unless a row with its key is there. */
    private static String insertUnlessPresent(String table, List<String> key, List<String> columns) {
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + marks + " where not exists "
                + "(select 1 from " + table + " where " + matching(key) + ")";
    }

    private static String assignments(List<String> columns) {
        return columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
    }

    private static String matching(List<String> key) {
        return key.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
    }

    /** What a statement's text depends on: what it does, to which table, by which key, with which columns. */
    private record Shape(Statement kind, String table, List<String> key, List<String> columns) {
    }

    /**
     * What a row's statement does: the upsert guarded by position, the insert of a fact set once, the insert of a row
     * unless present (H2), the guarded update.
     */
    private enum Statement {
        UPSERT, INSERT_ONCE, INSERT_UNLESS_PRESENT, UPDATE
    }

    /** A row of a table, by its key. */
    record RowKey(String table, Map<String, Object> key) {
    }

    /** The rows a batch changes, in the order it first changed them. */
    private static final class Pending {
        private final Map<RowKey, RowChange> rows = new LinkedHashMap<>();

        RowChange row(String table, Map<String, Object> key) {
            return rows.computeIfAbsent(new RowKey(table, key), k -> new RowChange());
        }
    }

    /**
     * One row's change within a batch: the values set, in stream order (a later event's value wins), the position
     * of the latest event that set them (null for a fact inserted once and never changed), and whether the row is
     * inserted if absent. (A row updated and then upserted within one batch goes in with both changes; the
     * deciders never let an event change a row before the event that creates it.)
     */
    static final class RowChange {
        private final Map<String, Object> values = new LinkedHashMap<>();
        private Long position;
        private boolean insert;

        /** The values set, a later event's winning. */
        Map<String, Object> values() {
            return values;
        }

        /** The latest event's position, or null for a fact inserted once. */
        Long position() {
            return position;
        }

        /** Whether the row is inserted if it is missing. */
        boolean inserts() {
            return insert;
        }

        void set(Map<String, Object> assigned, long at, boolean insertIfAbsent) {
            values.putAll(assigned);
            position = position == null ? at : Math.max(position, at);
            insert |= insertIfAbsent;
        }

        void insertOnly(Map<String, Object> row) {
            values.putAll(row);
            insert = true;
        }
    }
}
