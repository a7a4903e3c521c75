package cn.gongkai.command.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A topic's partitions and the one consumer of its group, in memory: Kafka's {@link MockConsumer} made to behave as
 * a broker's consumer where the ingestion consumer relies on it. A poll waits for records (up to its timeout) rather
 * than returning at once, a seek delivers the partition's records again from that offset, and the group is the
 * whole topic as soon as the consumer subscribes. It remembers the committed offsets and which threads used it.
 */
final class TopicLog extends MockConsumer<byte[], byte[]> {

    private final String topic;
    private final List<List<ConsumerRecord<byte[], byte[]>>> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();

    TopicLog(String topic, int partitionCount) {
        super(OffsetResetStrategy.EARLIEST);
        this.topic = topic;
        IntStream.range(0, partitionCount).forEach(p -> partitions.add(new ArrayList<>()));
        updateBeginningOffsets(IntStream.range(0, partitionCount).boxed()
                .collect(Collectors.toMap(this::partition, p -> 0L)));
    }

    /** Appends a record to a partition, as a producer would; answers its offset. */
    synchronized long append(int partition, String value, String contentType) {
        List<ConsumerRecord<byte[], byte[]>> log = partitions.get(partition);
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventRecords.CONTENT_TYPE, contentType.getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(topic, partition, log.size(), 0L,
                TimestampType.CREATE_TIME, 0, value.length(), null, value.getBytes(StandardCharsets.UTF_8), headers,
                Optional.empty());
        log.add(record);
        updateEndOffsets(Map.of(partition(partition), (long) log.size()));
        if (assignment().contains(partition(partition))) {
            addRecord(record);
        }
        return record.offset();
    }

    /** The offsets committed so far, by partition. */
    Map<TopicPartition, Long> committed() {
        return Map.copyOf(committed);
    }

    /** The threads that polled, sought, committed or measured the lag. */
    Set<String> threads() {
        return Set.copyOf(threads);
    }

    TopicPartition partition(int partition) {
        return new TopicPartition(topic, partition);
    }

    @Override
    public synchronized void subscribe(Collection<String> topics) {
        super.subscribe(topics);
        rebalance(IntStream.range(0, partitions.size()).mapToObj(this::partition).toList());
        partitions.forEach(log -> log.forEach(this::addRecord));
    }

    @Override
    public synchronized ConsumerRecords<byte[], byte[]> poll(Duration timeout) {
        threads.add(Thread.currentThread().getName());
        ConsumerRecords<byte[], byte[]> polled = super.poll(timeout);
        if (polled.isEmpty()) {
            try {
                // A broker's consumer waits for records; returning at once would spin the consumer thread.
                wait(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return polled;
    }

    @Override
    public synchronized void addRecord(ConsumerRecord<byte[], byte[]> record) {
        super.addRecord(record);
        notifyAll();
    }

    @Override
    public synchronized void wakeup() {
        super.wakeup();
        notifyAll();
    }

    @Override
    public synchronized void seek(TopicPartition partition, long offset) {
        threads.add(Thread.currentThread().getName());
        super.seek(partition, offset);
        partitions.get(partition.partition()).stream().filter(record -> record.offset() >= offset)
                .forEach(this::addRecord);
    }

    @Override
    public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        threads.add(Thread.currentThread().getName());
        super.commitSync(offsets);
        offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
    }

    @Override
    public synchronized OptionalLong currentLag(TopicPartition partition) {
        threads.add(Thread.currentThread().getName());
        return super.currentLag(partition);
    }
}
