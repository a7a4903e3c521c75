package cn.gongkai.query.projection.rebuild;

import cn.gongkai.platform.StoreDatabase;
import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.fold.FactCounts;
import cn.gongkai.query.projection.fold.StatisticsFold;
import cn.gongkai.query.projection.fold.StatisticsTables;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rebuilds the statistics tables from the stream in bulk, without the event processor: reads the events with one
 * plain cursor, decodes them with Axon's serializer and folds them with the {@link StatisticsFold}. On PostgreSQL the
 * cursor goes stream by stream and each stream's rows are copied into shadow tables as soon as it ends, so memory
 * stays bounded ({@link ShadowLoad}); elsewhere (H2, the embedded default) and for replay verification the tables are
 * folded in memory, in the order of the events' positions. The live projection applies the same fold one batch at a time, so all give the
 * same rows.
 */
@Component
public class StatisticsRebuild {

    /** Rows per fetch of the cursor. */
    static final int FETCH = 5000;
    /** How long the swap waits for the tables' locks before it lets readers finish and tries again. */
    static final Duration SWAP_LOCK_WAIT = Duration.ofMillis(200);
    static final int SWAP_ATTEMPTS = 50;
    /** Tables indexed at once. */
    static final int LOADERS = 2;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final StatisticsFold fold;
    private final EventTable events;
    private final TokenStore tokens;
    private final ProjectionPositions positions;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    public StatisticsRebuild(DataSource dataSource, JdbcTemplate jdbc,
                             @Qualifier("eventSerializer") Serializer serializer, StatisticsFold fold,
                             EventTable events, TokenStore tokens, ProjectionPositions positions,
                             PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.fold = fold;
        this.events = events;
        this.tokens = tokens;
        this.positions = positions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.postgres = StoreDatabase.of(dataSource) == StoreDatabase.POSTGRESQL;
    }

    /** Empty images of the statistics tables, with the live tables' columns. */
    public FoldedTables emptyTables() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : StatisticsTables.ALL) {
            columns.put(table, columnsOf(table));
        }
        return new FoldedTables(columns);
    }

    private List<String> columnsOf(String table) {
        return jdbc.query("select * from " + table + " where 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
    }

    /** Rows to load into one table. */
    private record Load(String table, List<String> columns, Collection<Object[]> rows) {
    }

    /** The folded tables' rows, then the counts counted from them. */
    private List<Load> loads(FoldedTables tables) {
        List<Load> loads = new ArrayList<>();
        for (String table : tables.tables()) {
            loads.add(new Load(table, tables.columns(table), tables.rows(table)));
        }
        for (FactCounts counts : FactCounts.ALL) {
            List<String> columns = columnsOf(counts.countTable());
            loads.add(new Load(counts.countTable(), columns, tables.counted(counts, columns)));
        }
        return loads;
    }

    /**
     * Folds the events after the position the tables have reached, up to {@code upTo} (inclusive), in position order,
     * telling {@code progress} the position reached every thousand events and at the end.
     */
    public void fold(FoldedTables tables, long upTo, LongConsumer progress) {
        EventDecoder decoder = new EventDecoder(serializer);
        long[] folded = {0};
        transactions.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select globalIndex, eventIdentifier, "
                    + "payloadType, payloadRevision, payload from " + events.name()
                    + " where globalIndex > ? and globalIndex <= ? order by globalIndex");
            statement.setFetchSize(FETCH);
            statement.setLong(1, tables.position());
            statement.setLong(2, upTo);
            return statement;
        }, (ResultSet rs) -> {
            long position = rs.getLong(1);
            tables.apply(position, fold.changes(decoder.payload(rs), rs.getString(2), position));
            if (++folded[0] % 1000 == 0) {
                progress.accept(position);
            }
        }));
        progress.accept(tables.position());
    }

    /**
     * Folds every event up to {@code upTo} (inclusive) into shadows of the statistics tables, one stream (aggregate)
     * at a time: each table row belongs to one stream, so when a stream's events are folded its rows are final and
     * go to the {@link ShadowLoad} while the next stream is folded. Memory holds one stream's rows, the counts' groups
     * and the load's queued megabytes, however large the store. Tells {@code progress} the events folded so far.
     */
    private Prepared streamed(long upTo, LongConsumer progress) {
        long started = System.nanoTime();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : StatisticsTables.ALL) {
            columns.put(table, columnsOf(table));
        }
        FoldedTables stream = new FoldedTables(columns);
        for (String table : StatisticsTables.COUNTS) {
            columns.put(table, columnsOf(table));
        }
        List<CountTally> tallies = FactCounts.ALL.stream()
                .map(counts -> new CountTally(counts, columns.get(counts.factTable()))).toList();
        List<ShadowTable> shadows = new ArrayList<>();
        Map<String, String> shadowNames = new LinkedHashMap<>();
        for (String table : StatisticsTables.KEPT) {
            ShadowTable shadow = ShadowTable.create(jdbc, table);
            shadows.add(shadow);
            shadowNames.put(table, shadow.name());
        }
        EventDecoder decoder = new EventDecoder(serializer);
        try (ShadowLoad load = new ShadowLoad(dataSource, shadowNames, columns);
             DecodedEvents decoded = new DecodedEvents(handOver -> transactions.executeWithoutResult(status ->
                     jdbc.query(connection -> {
                         PreparedStatement statement = connection.prepareStatement("select globalIndex, "
                                 + "eventIdentifier, payloadType, payloadRevision, payload, aggregateIdentifier from "
                                 + events.name() + " where globalIndex <= ? "
                                 + "order by aggregateIdentifier, sequenceNumber");
                         statement.setFetchSize(FETCH);
                         statement.setLong(1, upTo);
                         return statement;
                     }, (ResultSet rs) -> {
                         handOver.accept(new DecodedEvents.Decoded(rs.getString(6), rs.getLong(1), rs.getString(2),
                                 decoder.payload(rs)));
                     })))) {
            RowSink sink = (table, row) -> {
                tallies.forEach(tally -> tally.add(table, row));
                load.row(table, row);
            };
            String current = null;
            for (List<DecodedEvents.Decoded> batch = decoded.next(); batch != null; batch = decoded.next()) {
                for (DecodedEvents.Decoded event : batch) {
                    if (!event.aggregate().equals(current)) {
                        stream.drain(sink);
                        current = event.aggregate();
                    }
                    stream.apply(event.position(), fold.changes(event.payload(), event.eventId(), event.position()));
                }
                progress.accept(stream.events());
            }
            stream.drain(sink);
            for (CountTally tally : tallies) {
                String countTable = tally.counts().countTable();
                tally.rows(columns.get(countTable)).forEach(row -> load.row(countTable, row));
            }
            load.finish();
        }
        progress.accept(stream.events());
        long loaded = System.nanoTime();
        index(shadows);
        return new Prepared(stream.position(), stream.events(), null, shadows, (loaded - started) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
    }

    /** Builds the shadows' indexes, two tables at a time. */
    private void index(List<ShadowTable> shadows) {
        ExecutorService indexers = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<?>> built = new ArrayList<>();
            for (ShadowTable shadow : shadows) {
                built.add(indexers.submit(shadow::index));
            }
            for (Future<?> future : built) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing the rebuilt tables", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing the rebuilt tables failed: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            indexers.shutdownNow();
        }
    }

    /** The position of the last event in the stream, or -1 when it is empty. */
    public long head() {
        Long head = jdbc.queryForObject("select max(globalIndex) from " + events.name(), Long.class);
        return head == null ? -1 : head;
    }

    /**
     * Replaces what the copies of the statistics tables in {@code schema} hold with the folded rows, and sets their
     * position row to {@code position}, the position folded up to; replay verification compares them with the live
     * tables.
     */
    public void writeInto(String schema, FoldedTables tables, long position) {
        transactions.executeWithoutResult(status -> {
            for (Load load : loads(tables)) {
                jdbc.execute("delete from " + schema + "." + load.table());
                load(schema + "." + load.table(), load);
            }
            jdbc.update("delete from " + schema + ".projection_position");
            jdbc.update("insert into " + schema + ".projection_position (processor, position) values (?, ?)",
                    Projections.STATISTICS, position);
        });
    }

    /**
     * Puts the folded rows in place of the live statistics tables and hands the statistics processor a token at the
     * last event folded, in one transaction: reports read the old tables until it commits, and the processor, which
     * must be stopped meanwhile, goes on from the next event. On PostgreSQL the rows are loaded and indexed in shadow
     * tables first ({@link #prepare}), so the transaction only renames tables.
     */
    public void replaceLive(Prepared prepared) {
        for (int attempt = 1; ; attempt++) {
            try {
                swap(prepared);
                break;
            } catch (PessimisticLockingFailureException busy) {
                if (attempt == SWAP_ATTEMPTS) {
                    throw busy;
                }
                LockSupport.parkNanos(Duration.ofMillis(20L * attempt).toNanos());
            }
        }
        if (postgres) {
            jdbc.execute("analyze projection_position");
        }
    }

    /**
     * One attempt at the swap. On PostgreSQL it first locks every table it replaces, all at once and waiting at most
     * {@link #SWAP_LOCK_WAIT}: a report reading two of the tables in one snapshot holds one and waits for the other,
     * and a swap taking them one by one would deadlock with it. Giving up quickly lets the report finish; the swap
     * tries again.
     */
    private void swap(Prepared prepared) {
        transactions.executeWithoutResult(status -> {
            if (postgres) {
                jdbc.execute("set local lock_timeout = '" + SWAP_LOCK_WAIT.toMillis() + "ms'");
                jdbc.execute("lock table " + String.join(", ", Projections.STATISTICS_TABLES)
                        + " in access exclusive mode");
                prepared.shadows().forEach(ShadowTable::swap);
            } else {
                for (Load load : loads(prepared.tables())) {
                    jdbc.execute("delete from " + load.table());
                    load(load.table(), load);
                }
            }
            positions.set(Projections.STATISTICS, prepared.position());
            handOver(prepared.position());
        });
    }

    /**
     * Rebuilt tables ready to replace the live ones, up to {@code position} after {@code events} events: on
     * PostgreSQL loaded and indexed in shadow tables, elsewhere folded in memory ({@code tables}) and loaded as the
     * live ones are replaced. The milliseconds spent folding (and loading, on PostgreSQL) and indexing.
     */
    public record Prepared(long position, long events, FoldedTables tables, List<ShadowTable> shadows,
                           long foldMillis, long indexMillis) {
    }

    /**
     * Rebuilds every statistics table from the events up to {@code upTo} (inclusive), beside the live ones, telling
     * {@code progress} how many events were folded so far.
     */
    public Prepared prepare(long upTo, LongConsumer progress) {
        if (postgres) {
            return streamed(upTo, progress);
        }
        long started = System.nanoTime();
        FoldedTables tables = emptyTables();
        fold(tables, upTo, position -> progress.accept(tables.events()));
        return new Prepared(tables.position(), tables.events(), tables, List.of(),
                (System.nanoTime() - started) / 1_000_000, 0);
    }

    private void load(String target, Load load) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            TableLoad.load(connection, postgres, target, load.columns(), load.rows());
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + target + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Every segment of the statistics processor goes on after {@code position}. */
    private void handOver(long position) {
        TrackingToken token = position < 0 ? null
                : GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet());
        int[] segments = tokens.fetchSegments(Projections.STATISTICS);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(Projections.STATISTICS, 1, token);
            return;
        }
        for (int segment : segments) {
            tokens.storeToken(token, Projections.STATISTICS, segment);
            tokens.releaseClaim(Projections.STATISTICS, segment);
        }
    }
}
