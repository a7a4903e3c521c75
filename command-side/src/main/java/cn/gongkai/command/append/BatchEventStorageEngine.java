package cn.gongkai.command.append;

import cn.gongkai.command.audit.ChainKeeper;
import cn.gongkai.events.store.RecordedMoments;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Axon's JDBC event store with two additions for the batch path. It reads every stream a batch touches in one
 * query. And it appends in commit order: every insert into the event table first takes the store's append lock,
 * held until the transaction ends, so positions are drawn in the order transactions commit and a reader that sees
 * position N has seen every committed position below it. On PostgreSQL a statement trigger of the event table
 * takes that lock for every writer, this one included (migration {@code V6__append_in_commit_order}); on H2
 * (embedded, one JVM) this engine takes a row lock instead. Under that lock, before the commit, it extends the
 * hash chain over the events it inserted ({@link ChainKeeper}), and refuses events whose recorded moments are too
 * old to keep the promise readers rely on to find a position by its moment ({@link RecordedMoments}).
 */
public class BatchEventStorageEngine extends JdbcEventStorageEngine {

    private static final int CHUNK = 500;

    private final TransactionManager transactions;
    private final ChainKeeper chain;
    private volatile Boolean postgres;

    /** The transaction manager is the builder's: the chain is extended in the transaction that inserts the events. */
    public BatchEventStorageEngine(Builder builder, TransactionManager transactions, ChainKeeper chain) {
        super(builder.transactionManager(transactions));
        this.transactions = transactions;
        this.chain = chain;
    }

    /**
     * How long a tracking token keeps a gap open after the event beyond it was created; older gaps are dropped at
     * every fetch. Positions are drawn in commit order, so a gap is never filled later and 0 is exact; more is only
     * for a reader whose clock runs behind the writer's. (Axon's builder refuses 0, its setters do not.)
     */
    @SuppressWarnings("deprecation")
    public void keepGapsFor(Duration gapTimeout) {
        setGapTimeout((int) gapTimeout.toMillis());
        setGapCleaningThreshold(0);
    }

    /** The events of these streams, each in sequence order; a stream with no event maps to an empty list. */
    public Map<String, List<DomainEventMessage<?>>> readStreams(Collection<String> aggregateIdentifiers) {
        Map<String, List<DomainEventData<?>>> rows = new HashMap<>();
        aggregateIdentifiers.forEach(id -> rows.put(id, new ArrayList<>()));
        List<String> ids = new ArrayList<>(rows.keySet());
        try (Connection connection = getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                load(connection, ids.subList(from, Math.min(ids.size(), from + CHUNK)), rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the streams of a batch", e);
        }
        Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();
        rows.forEach((id, data) -> streams.put(id, EventStreamUtils.upcastAndDeserializeDomainEvents(
                data.stream(), getEventSerializer(), upcasterChain).asStream().<DomainEventMessage<?>>map(event -> event).toList()));
        return streams;
    }

    /** Inserts the events, then extends the hash chain over them before the transaction commits. */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        ChainKeeper.Prepared links = chain.prepare(events);
        transactions.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            try (Connection connection = getConnection()) {
                AppendedHead.record(chain.chain(connection, links));
            } catch (SQLException e) {
                throw new EventStoreException("cannot extend the hash chain over the events appended", e);
            }
            refuseStaleMoments(events);
        });
    }

    /**
     * Keeps the store's promise on recorded moments ({@link RecordedMoments}): checked under the append lock, just
     * before the commit, by the clock that stamps the moments, so an event whose moment is older than the limit never
     * commits. The refusal is a
     * {@link ConcurrencyException}: the ingestion judges the request again, with moments taken afresh.
     */
    private void refuseStaleMoments(List<? extends EventMessage<?>> events) {
        Instant oldest = events.get(0).getTimestamp();
        for (EventMessage<?> event : events) {
            if (event.getTimestamp().isBefore(oldest)) {
                oldest = event.getTimestamp();
            }
        }
        Duration age = Duration.between(oldest, GenericEventMessage.clock.instant());
        if (age.compareTo(RecordedMoments.APPEND_LIMIT) > 0) {
            throw new ConcurrencyException("events recorded " + age.toMillis() + " ms before they could be appended "
                    + "(the limit is " + RecordedMoments.APPEND_LIMIT.toMillis() + " ms); judge them again");
        }
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        if (isPostgres(connection)) {
            return EventRowsInsert.of(connection, schema(), events, serializer);
        }
        try (Statement lock = connection.createStatement()) {
            lock.execute("select id from event_append_lock where id = 1 for update");
        }
        return super.appendEvents(connection, events, serializer);
    }

    /**
     * One query for many streams. On PostgreSQL each stream is read by its own index look-up (a lateral join over
     * the array of identifiers): an IN list of 500 values is planned as a scan of the whole table whenever the
     * table's statistics lag behind its growth, as they do during a bulk load, and then costs seconds, not
     * milliseconds.
     */
    private void load(Connection connection, List<String> ids, Map<String, List<DomainEventData<?>>> streams)
            throws SQLException {
        String order = " order by " + schema().aggregateIdentifierColumn() + ", " + schema().sequenceNumberColumn();
        boolean postgres = isPostgres(connection);
        String sql = postgres
                ? "select e.* from unnest(?::varchar[]) as k(id) cross join lateral (select " + domainEventFields()
                + " from " + schema().domainEventTable() + " where " + schema().aggregateIdentifierColumn()
                + " = k.id) e" + order
                : "select " + domainEventFields() + " from " + schema().domainEventTable() + " where "
                + schema().aggregateIdentifierColumn() + " in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")" + order;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (postgres) {
                statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            } else {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setString(i + 1, ids.get(i));
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    DomainEventData<?> event = getDomainEventData(rows);
                    streams.get(event.getAggregateIdentifier()).add(event);
                }
            }
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        return postgres;
    }
}
