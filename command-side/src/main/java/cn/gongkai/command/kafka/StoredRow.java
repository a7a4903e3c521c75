package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the event store as it travels to a replica, on the events topic or in the store's export: the payload,
 * the meta data, and every other column as text under its header name ({@link KafkaContract}).
 */
record StoredRow(long position, String aggregate, Map<String, String> text, byte[] metaData, byte[] payload) {

    static final String COLUMNS = "globalIndex, eventIdentifier, metaData, payload, payloadRevision, payloadType, "
            + "timeStamp, aggregateIdentifier, sequenceNumber, type";

    static StoredRow read(ResultSet row) throws SQLException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put(KafkaContract.POSITION, Long.toString(row.getLong("globalIndex")));
        text.put(KafkaContract.EVENT_ID, row.getString("eventIdentifier"));
        text.put(KafkaContract.AGGREGATE, row.getString("aggregateIdentifier"));
        text.put(KafkaContract.AGGREGATE_TYPE, row.getString("type"));
        text.put(KafkaContract.SEQUENCE, Long.toString(row.getLong("sequenceNumber")));
        text.put(KafkaContract.PAYLOAD_TYPE, row.getString("payloadType"));
        text.put(KafkaContract.PAYLOAD_REVISION, row.getString("payloadRevision"));
        text.put(KafkaContract.TIMESTAMP, row.getString("timeStamp"));
        text.values().removeIf(java.util.Objects::isNull);
        return new StoredRow(row.getLong("globalIndex"), row.getString("aggregateIdentifier"), text,
                row.getBytes("metaData"), row.getBytes("payload"));
    }
}
