package cn.gongkai.query.projection.rebuild;

import cn.gongkai.events.store.StoreDatabase;
import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.fold.FactCounts;
import cn.gongkai.query.projection.fold.StatisticsFold;
import cn.gongkai.query.projection.fold.StatisticsTables;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
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
import java.util.Comparator;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Rebuilds the statistics tables from the stream in bulk, without the event processor: reads the events with one
 * plain cursor, decodes them with Axon's serializer, folds them in memory with the {@link StatisticsFold} and loads the
 * tables with {@code COPY}. The live projection applies the same fold one batch at a time, so both give the same rows.
 */
@Component
public class StatisticsRebuild {

    /** Rows per fetch of the cursor. */
    static final int FETCH = 5000;
    /** How long the swap waits for the tables' locks before it lets readers finish and tries again. */
    static final Duration SWAP_LOCK_WAIT = Duration.ofMillis(200);
    static final int SWAP_ATTEMPTS = 50;
    /** Tables loaded at once into their shadows. */
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
     * Folds the events after the position the tables have reached, up to {@code upTo} (inclusive), telling
     * {@code progress} the position reached every thousand events and at the end.
     */
    public void fold(FoldedTables tables, long upTo, LongConsumer progress) {
        Map<String, SerializedType> types = new HashMap<>();
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
            SerializedType type = types.computeIfAbsent(rs.getString(3) + "\u0000" + rs.getString(4), k -> {
                try {
                    return new SimpleSerializedType(rs.getString(3), rs.getString(4));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Object payload = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(5), byte[].class, type));
            tables.apply(position, fold.changes(payload, rs.getString(2), position));
            if (++folded[0] % 1000 == 0) {
                progress.accept(position);
            }
        }));
        progress.accept(tables.position());
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
        FoldedTables tables = prepared.tables();
        for (int attempt = 1; ; attempt++) {
            try {
                swap(prepared, tables);
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
    private void swap(Prepared prepared, FoldedTables tables) {
        transactions.executeWithoutResult(status -> {
            if (postgres) {
                jdbc.execute("set local lock_timeout = '" + SWAP_LOCK_WAIT.toMillis() + "ms'");
                jdbc.execute("lock table " + String.join(", ", Projections.STATISTICS_TABLES)
                        + " in access exclusive mode");
                prepared.shadows().forEach(ShadowTable::swap);
            } else {
                for (Load load : loads(tables)) {
                    jdbc.execute("delete from " + load.table());
                    load(load.table(), load);
                }
            }
            positions.set(Projections.STATISTICS, tables.position());
            handOver(tables.position());
        });
    }

    /** Folded tables ready to replace the live ones: on PostgreSQL, loaded and indexed in shadow tables. */
    public record Prepared(FoldedTables tables, List<ShadowTable> shadows) {
    }

    /** Loads and indexes the shadow tables on PostgreSQL; elsewhere the rows are loaded as the live ones are replaced. */
    public Prepared prepare(FoldedTables tables) {
        if (!postgres) {
            return new Prepared(tables, List.of());
        }
        List<Load> loads = new ArrayList<>(loads(tables));
        loads.sort(Comparator.comparingInt((Load load) -> load.rows().size()).reversed());
        // Two tables at a time, largest first: one connection formats its rows while the server parses the other's.
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<ShadowTable>> shadows = new ArrayList<>();
            for (Load load : loads) {
                shadows.add(loaders.submit(() -> {
                    ShadowTable shadow = ShadowTable.create(jdbc, load.table());
                    transactions.executeWithoutResult(status -> load(shadow.name(), load));
                    shadow.index();
                    return shadow;
                }));
            }
            List<ShadowTable> prepared = new ArrayList<>();
            for (Future<ShadowTable> shadow : shadows) {
                prepared.add(shadow.get());
            }
            return new Prepared(tables, prepared);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rebuilt tables", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading the rebuilt tables failed: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            loaders.shutdownNow();
        }
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
