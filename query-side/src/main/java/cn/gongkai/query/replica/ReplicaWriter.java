package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a poll's records to the copy in one transaction: events at their own position (a position already there
 * is a redelivery and changes nothing) and each partition's highest watermark (a watermark never moves back).
 */
final class ReplicaWriter {

    private static final String INSERT = "insert into replicatedevent (globalIndex, eventIdentifier, metaData, "
            + "payload, payloadRevision, payloadType, timeStamp, aggregateIdentifier, sequenceNumber, type) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (globalIndex) do nothing";

    private static final String SPECVERSION = "ce_specversion";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ReplicaWriter(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Makes sure every partition has a watermark row, so that the lowest of them holds back what is not settled. */
    void knowPartitions(Collection<Integer> partitions) {
        for (int partition : partitions) {
            jdbc.update("insert into replica_watermark (partition_no, position) values (?, -1) "
                    + "on conflict (partition_no) do nothing", partition);
        }
    }

    /** Returns how many events were new. */
    int write(List<ConsumerRecord<byte[], byte[]>> records) {
        List<Object[]> events = new ArrayList<>();
        Map<Integer, Long> watermarks = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String watermark = text(record, KafkaContract.WATERMARK);
            if (watermark != null) {
                watermarks.merge(record.partition(), Long.parseLong(watermark), Math::max);
            } else if (text(record, KafkaContract.POSITION) != null) {
                events.add(row(record));
            }
        }
        Integer inserted = transactions.execute(status -> {
            int count = 0;
            for (int added : jdbc.batchUpdate(INSERT, events)) {
                count += Math.max(added, 0);
            }
            watermarks.forEach((partition, position) -> jdbc.update("update replica_watermark set position = "
                    + "greatest(position, ?) where partition_no = ?", position, partition));
            return count;
        });
        return inserted == null ? 0 : inserted;
    }

    /**
     * The stored row an event record carries: the event's identifier and payload as the SDK's Kafka binding reads the
     * CloudEvent (records published before the topic carried CloudEvents have only their {@code gongkai_} headers),
     * the rest of the row from the {@code gongkai_} headers.
     */
    private static Object[] row(ConsumerRecord<byte[], byte[]> record) {
        Header metaData = record.headers().lastHeader(KafkaContract.META_DATA);
        String eventId = text(record, KafkaContract.EVENT_ID);
        byte[] payload = record.value();
        if (record.headers().lastHeader(SPECVERSION) != null) {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            eventId = event.getId();
            payload = event.getData() == null ? null : event.getData().toBytes();
        }
        return new Object[]{
                Long.parseLong(text(record, KafkaContract.POSITION)),
                eventId,
                metaData == null ? null : metaData.value(),
                payload,
                text(record, KafkaContract.PAYLOAD_REVISION),
                text(record, KafkaContract.PAYLOAD_TYPE),
                text(record, KafkaContract.TIMESTAMP),
                text(record, KafkaContract.AGGREGATE),
                Long.parseLong(text(record, KafkaContract.SEQUENCE)),
                text(record, KafkaContract.AGGREGATE_TYPE)};
    }

    private static String text(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
