package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import cn.gongkai.events.kafka.PositionRange;
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
import java.util.function.Function;

/**
 * Writes a poll's records to the copy in one transaction: events at their own position (a position already there
 * is a redelivery and changes nothing), the positions the watermarks name as holding no event, and each partition's
 * highest watermark (a watermark never moves back).
 */
final class ReplicaWriter {

    private static final String INSERT = "insert into replicatedevent (globalIndex, eventIdentifier, metaData, "
            + "payload, payloadRevision, payloadType, timeStamp, aggregateIdentifier, sequenceNumber, type) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (globalIndex) do nothing";
    private static final String INSERT_ABSENT = "insert into replica_absent (first_position, last_position) "
            + "values (?, ?) on conflict (first_position) do update "
            + "set last_position = greatest(replica_absent.last_position, excluded.last_position)";

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

    /** Whether the copy has never recorded a watermark of the partition. */
    boolean neverCopied(int partition) {
        Long position = jdbc.query("select position from replica_watermark where partition_no = ?",
                rows -> rows.next() ? rows.getLong(1) : null, partition);
        return position == null || position < 0;
    }

    /** Returns how many events were new. */
    int write(List<ConsumerRecord<byte[], byte[]>> records) {
        List<Object[]> events = new ArrayList<>();
        List<PositionRange> absent = new ArrayList<>();
        Map<Integer, Long> watermarks = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String watermark = text(record, KafkaContract.WATERMARK);
            if (watermark != null) {
                watermarks.merge(record.partition(), Long.parseLong(watermark), Math::max);
                absent.addAll(PositionRange.parseList(text(record, KafkaContract.ABSENT)));
            } else if (text(record, KafkaContract.POSITION) != null) {
                events.add(row(record));
            }
        }
        Integer inserted = transactions.execute(status -> {
            int count = insert(events, absent);
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
        String id = eventId;
        return row(key -> KafkaContract.EVENT_ID.equals(key) ? id : text(record, key),
                metaData == null ? null : metaData.value(), payload);
    }

    /** Copies events and positions known to hold none that came another way (the store's export); no watermark. */
    int copy(List<Object[]> events, List<PositionRange> absent) {
        Integer inserted = transactions.execute(status -> insert(events, absent));
        return inserted == null ? 0 : inserted;
    }

    /** A row of the copy from an event's fields, named as the headers of its record on the events topic. */
    static Object[] row(Function<String, String> text, byte[] metaData, byte[] payload) {
        return new Object[]{
                Long.parseLong(text.apply(KafkaContract.POSITION)),
                text.apply(KafkaContract.EVENT_ID),
                metaData,
                payload,
                text.apply(KafkaContract.PAYLOAD_REVISION),
                text.apply(KafkaContract.PAYLOAD_TYPE),
                text.apply(KafkaContract.TIMESTAMP),
                text.apply(KafkaContract.AGGREGATE),
                Long.parseLong(text.apply(KafkaContract.SEQUENCE)),
                text.apply(KafkaContract.AGGREGATE_TYPE)};
    }

    private int insert(List<Object[]> events, List<PositionRange> absent) {
        int count = 0;
        for (int added : jdbc.batchUpdate(INSERT, events)) {
            count += Math.max(added, 0);
        }
        // every partition's watermark names the same positions: one row each, or the upsert meets itself
        jdbc.batchUpdate(INSERT_ABSENT, PositionRange.merge(absent).stream()
                .map(range -> new Object[]{range.first(), range.last()}).toList());
        return count;
    }

    private static String text(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
