package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.events.kafka.PositionRange;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes every stored event to {@code gongkai.events.v1} from a tracking processor of its own, so that the
 * processor's token, committed only after the broker has acknowledged the batch, says how far publishing got: a crash
 * between append and publish loses nothing, and publishes a batch at most twice (the query side keeps one copy of
 * each position).
 *
 * <p>The record is the stored row as it is ({@link EventRecords}), so that digests computed from the copy equal the
 * original's. After each batch, and from time to time when idle, a watermark goes to every partition (see
 * {@link KafkaContract}), naming the positions below it that hold no event, so that a replica can tell what it lacks.
 */
@ProcessingGroup(EventPublisher.PROCESSING_GROUP)
public class EventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final String BATCH = EventPublisher.class.getName() + ".batch";
    private static final String ROWS = "select " + StoredRow.COLUMNS + " from domainevententry "
            + "where globalIndex = any(?)";

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final EventRecords eventRecords;
    private final JdbcTemplate jdbc;
    private final StoreGaps gaps;
    private final AtomicLong watermark = new AtomicLong(-1);
    private volatile GapAwareTrackingToken published;

    EventPublisher(Producer<byte[], byte[]> producer, String topic, EventRecords eventRecords, JdbcTemplate jdbc,
                   StoreGaps gaps) {
        this.producer = producer;
        this.topic = topic;
        this.eventRecords = eventRecords;
        this.jdbc = jdbc;
        this.gaps = gaps;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> event, TrackingToken token) {
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        List<Tracked> batch = unit.getOrComputeResource(BATCH, key -> {
            List<Tracked> tracked = new ArrayList<>();
            unit.onPrepareCommit(u -> publish(tracked));
            return tracked;
        });
        batch.add(new Tracked(event.getIdentifier(), positionOf(token), token));
    }

    /** The highest position at or below which every event is on the topic, as last told to the partitions. */
    public long watermark() {
        return watermark.get();
    }

    /** Tells the partitions how far publishing got, if it got further; called after each batch and when idle. */
    void announce() {
        GapAwareTrackingToken token = published;
        if (token != null) {
            announce(gaps.settledBelow(token));
        }
    }

    void resumeFrom(TrackingToken token) {
        if (published == null && token instanceof GapAwareTrackingToken gapAware) {
            published = gapAware;
        }
    }

    private void publish(List<Tracked> batch) {
        Map<Long, ProducerRecord<byte[], byte[]>> records = recordsOf(batch);
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (Tracked tracked : batch) {
            ProducerRecord<byte[], byte[]> record = records.get(tracked.position());
            if (record == null) {
                throw new IllegalStateException("event " + tracked.eventId() + " is not in the store at position "
                        + tracked.position());
            }
            sent.add(producer.send(record));
        }
        awaitAll(sent);
        if (batch.get(batch.size() - 1).token() instanceof GapAwareTrackingToken last) {
            published = last;
            announce(StoreGaps.belowLowestGap(last));
        }
    }

    /**
     * Sends the watermark to every partition, naming the positions without an event above the last one announced
     * (synchronized: the processor and the ticker both announce, and each names the positions from the last one sent).
     */
    private synchronized void announce(long position) {
        long previous = watermark.get();
        if (position <= previous) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        byte[] value = Long.toString(position).getBytes(StandardCharsets.UTF_8);
        byte[] absent = PositionRange.format(gaps.absentBetween(previous, position)).getBytes(StandardCharsets.UTF_8);
        for (PartitionInfo partition : producer.partitionsFor(topic)) {
            ProducerRecord<byte[], byte[]> marker = new ProducerRecord<>(topic, partition.partition(), null, null);
            marker.headers().add(KafkaContract.WATERMARK, value);
            if (absent.length > 0) {
                marker.headers().add(KafkaContract.ABSENT, absent);
            }
            sent.add(producer.send(marker));
        }
        awaitAll(sent);
        watermark.set(position);
    }

    /** The batch's rows, read by their positions (the store's primary key), as records by position. */
    private Map<Long, ProducerRecord<byte[], byte[]>> recordsOf(List<Tracked> batch) {
        Map<Long, ProducerRecord<byte[], byte[]>> records = new HashMap<>();
        Long[] positions = batch.stream().map(Tracked::position).toArray(Long[]::new);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(ROWS);
            Array array = connection.createArrayOf("bigint", positions);
            statement.setArray(1, array);
            return statement;
        }, (ResultSet row) -> {
            records.put(row.getLong("globalIndex"), eventRecords.of(row));
        });
        return records;
    }

    /** The position of the event a tracking token stands at. */
    private static long positionOf(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position: "
                + token));
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent) {
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the batch; it will be published again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    private record Tracked(String eventId, long position, TrackingToken token) {
    }
}
