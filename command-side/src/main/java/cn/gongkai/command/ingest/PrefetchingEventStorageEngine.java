package cn.gongkai.command.ingest;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Axon's JDBC event store, able to load every stream a batch of commands will touch in one query: within that
 * unit of work, each aggregate is then sourced from memory rather than by its own two queries (events and snapshot).
 * A stream appended to by another transaction meanwhile fails this batch's commit on the unique (aggregate,
 * sequence) key, and ingestion retries the batch; Gongkai stores no snapshots.
 */
public class PrefetchingEventStorageEngine extends JdbcEventStorageEngine {

    private static final String PREFETCHED = PrefetchingEventStorageEngine.class.getName() + ".streams";
    private static final int CHUNK = 500;

    public PrefetchingEventStorageEngine(Builder builder) {
        super(builder);
    }

    /** Loads the streams of these aggregates into the current unit of work, in queries of up to 500 streams. */
    public void prefetch(Collection<String> aggregateIdentifiers) {
        Map<String, List<DomainEventData<?>>> streams = new HashMap<>();
        aggregateIdentifiers.forEach(id -> streams.put(id, new ArrayList<>()));
        List<String> ids = new ArrayList<>(streams.keySet());
        try (Connection connection = getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                load(connection, ids.subList(from, Math.min(ids.size(), from + CHUNK)), streams);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prefetch the streams of a batch", e);
        }
        CurrentUnitOfWork.get().root().resources().put(PREFETCHED, streams);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String identifier, long firstSequenceNumber) {
        List<DomainEventData<?>> stream = prefetched().get(identifier);
        if (stream == null) {
            return super.readEventData(identifier, firstSequenceNumber);
        }
        return stream.stream().filter(event -> event.getSequenceNumber() >= firstSequenceNumber);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return prefetched().containsKey(aggregateIdentifier) ? Stream.empty()
                : super.readSnapshotData(aggregateIdentifier);
    }

    /**
     * One query for many streams. On PostgreSQL each stream is read by its own index look-up (a lateral join over
     * the array of identifiers): an IN list of 500 values is planned as a scan of the whole table whenever the
     * table's statistics lag behind its growth, as they do during a bulk load, and then costs seconds, not
     * milliseconds.
     */
    private void load(Connection connection, List<String> ids, Map<String, List<DomainEventData<?>>> streams)
            throws SQLException {
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        String order = " order by " + schema().aggregateIdentifierColumn() + ", " + schema().sequenceNumberColumn();
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

    @SuppressWarnings("unchecked")
    private static Map<String, List<DomainEventData<?>>> prefetched() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Map.of();
        }
        Object streams = CurrentUnitOfWork.get().root().resources().get(PREFETCHED);
        return streams == null ? Map.of() : (Map<String, List<DomainEventData<?>>>) streams;
    }
}
