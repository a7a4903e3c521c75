package cn.gongkai.command.append;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The rows of an append as one PostgreSQL statement over arrays, one per column, instead of a JDBC batch of
 * single-row inserts: one parse, one plan and one round trip for the whole append, all inside the append lock's
 * stretch. The rows are the ones Axon's own statement writes (payload and meta data serialized the same way, the
 * timestamp in Axon's text form); the payloads are serialized before the statement runs, so before the lock.
 */
final class EventRowsInsert {

    private EventRowsInsert() {
    }

    /** A statement holding the rows as its one batch entry, for Axon to execute as it executes its own. */
    static PreparedStatement of(Connection connection, EventSchema schema, List<? extends EventMessage<?>> events,
                                Serializer serializer) throws SQLException {
        int n = events.size();
        String[] eventIds = new String[n];
        String[] aggregateIds = new String[n];
        Long[] sequences = new Long[n];
        String[] types = new String[n];
        String[] timestamps = new String[n];
        String[] payloadTypes = new String[n];
        String[] payloadRevisions = new String[n];
        byte[][] payloads = new byte[n][];
        byte[][] metaData = new byte[n][];
        for (int i = 0; i < n; i++) {
            DomainEventMessage<?> event = asDomainEvent(events.get(i));
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            eventIds[i] = event.getIdentifier();
            aggregateIds[i] = event.getAggregateIdentifier();
            sequences[i] = event.getSequenceNumber();
            types[i] = event.getType();
            timestamps[i] = DateTimeUtils.formatInstant(event.getTimestamp());
            payloadTypes[i] = payload.getType().getName();
            payloadRevisions[i] = payload.getType().getRevision();
            payloads[i] = payload.getData();
            metaData[i] = event.serializeMetaData(serializer, byte[].class).getData();
        }
        PreparedStatement statement = connection.prepareStatement("insert into " + schema.domainEventTable() + " ("
                + schema.eventIdentifierColumn() + ", " + schema.aggregateIdentifierColumn() + ", "
                + schema.sequenceNumberColumn() + ", " + schema.typeColumn() + ", " + schema.timestampColumn() + ", "
                + schema.payloadTypeColumn() + ", " + schema.payloadRevisionColumn() + ", " + schema.payloadColumn()
                + ", " + schema.metaDataColumn() + ") select * from unnest(?::varchar[], ?::varchar[], ?::bigint[], "
                + "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bytea[], ?::bytea[])");
        statement.setArray(1, connection.createArrayOf("varchar", eventIds));
        statement.setArray(2, connection.createArrayOf("varchar", aggregateIds));
        statement.setArray(3, connection.createArrayOf("bigint", sequences));
        statement.setArray(4, connection.createArrayOf("varchar", types));
        statement.setArray(5, connection.createArrayOf("varchar", timestamps));
        statement.setArray(6, connection.createArrayOf("varchar", payloadTypes));
        statement.setArray(7, connection.createArrayOf("varchar", payloadRevisions));
        statement.setArray(8, connection.createArrayOf("bytea", payloads));
        statement.setArray(9, connection.createArrayOf("bytea", metaData));
        statement.addBatch();
        return statement;
    }

    /** As Axon stores an event that belongs to no aggregate: its own identifier as the stream, sequence 0. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
