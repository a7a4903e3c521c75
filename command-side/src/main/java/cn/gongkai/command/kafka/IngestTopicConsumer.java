package cn.gongkai.command.kafka;

import cn.gongkai.platform.background.ConsumerLoop;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Consumes {@code gongkai.ingest.v1}: each record is a request as on {@code POST /api/v1/events}, judged and appended
 * atomically by the same ingestion service. A record's offset is committed only after its events are appended (or
 * found to be duplicates) or the record is on the dead-letter topic. A failure that is not the record's fault (the
 * database away, a race lost three times) leaves the offset where it is and tries the record again.
 *
 * <p>Only the consumer's own thread polls, seeks and commits (a Kafka consumer is not thread-safe); the partitions
 * of a poll are ingested in parallel by a {@link PartitionIngester} on the workers, each partition's records in
 * order, and the consumer thread waits for them all before it commits.
 */
final class IngestTopicConsumer implements SmartLifecycle, ConsumerLoop.Rounds<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(IngestTopicConsumer.class);

    private final KafkaSettings.Ingest settings;
    private final PartitionIngester ingester;
    private final ConsumerLoop<byte[], byte[]> loop;
    private ExecutorService workers;

    IngestTopicConsumer(Supplier<Consumer<byte[], byte[]>> consumers, KafkaSettings.Ingest settings,
                        PartitionIngester ingester, AtomicLong lag) {
        this.settings = settings;
        this.ingester = ingester;
        this.loop = new ConsumerLoop<>("kafka-ingest", consumers, settings.retryBackoff(), lag, this);
    }

    @Override
    public synchronized void start() {
        workers = Executors.newFixedThreadPool(settings.workers(), numbered("kafka-ingest-worker-"));
        loop.start();
    }

    @Override
    public synchronized void stop() {
        loop.stop();
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public void subscribe(Consumer<byte[], byte[]> consumer) {
        consumer.subscribe(List.of(settings.topic()));
    }

    /**
     * Ingests the partitions of a poll in parallel and waits for them all; commits what was done and seeks back
     * every partition whose next record must be tried again. Returns whether one must.
     */
    @Override
    public boolean handle(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> polled)
            throws InterruptedException {
        List<Future<PartitionIngester.Outcome>> working = new ArrayList<>();
        for (TopicPartition partition : polled.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> records = polled.records(partition);
            working.add(workers.submit(() -> ingester.ingest(partition, records)));
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean mustRetry = false;
        for (Future<PartitionIngester.Outcome> work : working) {
            PartitionIngester.Outcome outcome = outcomeOf(work);
            if (outcome.anyDone()) {
                done.put(outcome.partition(), new OffsetAndMetadata(outcome.next()));
            }
            if (outcome.retry()) {
                c.seek(outcome.partition(), outcome.next());
                mustRetry = true;
            }
        }
        commit(c, done);
        return mustRetry;
    }

    private static PartitionIngester.Outcome outcomeOf(Future<PartitionIngester.Outcome> work)
            throws InterruptedException {
        try {
            return work.get();
        } catch (ExecutionException e) {
            // The ingester answers every failure of a record with an outcome; anything else is a fault of our own.
            throw new IllegalStateException("a partition's worker failed", e.getCause());
        }
    }

    private static void commit(Consumer<byte[], byte[]> c, Map<TopicPartition, OffsetAndMetadata> done) {
        if (done.isEmpty()) {
            return;
        }
        try {
            c.commitSync(done);
        } catch (RuntimeException e) {
            // The records are appended; delivered again, they are answered as duplicates.
            log.warn("Offsets not committed ({}); the records will be redelivered and found duplicates", e.toString());
        }
    }

    private static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, prefix + count.incrementAndGet());
    }
}
