package cn.gongkai.command.kafka;

import cn.gongkai.command.ingest.BatchTooLarge;
import cn.gongkai.command.ingest.EventRefusal;
import cn.gongkai.command.ingest.EventsRefused;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.InvalidEvent;
import cn.gongkai.command.ingest.MalformedRequest;
import cn.gongkai.command.ingest.ParsedRequest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Consumes {@code gongkai.ingest.v1}: each record is a request as on {@code POST /api/v1/events}, judged and appended
 * atomically by the same ingestion service. A record's offset is committed only after its events are appended (or
 * found to be duplicates) or the record is on the dead-letter topic. A failure that is not the record's fault (the
 * database away, a race lost three times) leaves the offset where it is and tries the record again.
 */
final class IngestTopicConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestTopicConsumer.class);

    /** A dead letter's reason header stays well inside a record's size limit. */
    private static final int MAX_REASON = 8_000;

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final KafkaSettings.Ingest settings;
    private final CloudEventRecords records;
    private final SourceRegistry sources;
    private final IngestionService ingestion;
    private final DeadLetters deadLetters;
    private final int maxBatchEvents;
    private final AtomicLong lag;
    private volatile Consumer<byte[], byte[]> consumer;
    private volatile boolean running;
    private Thread thread;

    IngestTopicConsumer(Supplier<Consumer<byte[], byte[]>> consumers, KafkaSettings.Ingest settings,
                        CloudEventRecords records, SourceRegistry sources, IngestionService ingestion,
                        DeadLetters deadLetters, int maxBatchEvents, AtomicLong lag) {
        this.consumers = consumers;
        this.settings = settings;
        this.records = records;
        this.sources = sources;
        this.ingestion = ingestion;
        this.deadLetters = deadLetters;
        this.maxBatchEvents = maxBatchEvents;
        this.lag = lag;
    }

    @Override
    public synchronized void start() {
        running = true;
        consumer = consumers.get();
        thread = new Thread(this::consume, "kafka-ingest");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void consume() {
        try (Consumer<byte[], byte[]> c = consumer) {
            c.subscribe(List.of(settings.topic()));
            while (running) {
                ConsumerRecords<byte[], byte[]> polled = c.poll(Duration.ofMillis(500));
                boolean mustRetry = handleAll(c, polled);
                measureLag(c);
                if (mustRetry) {
                    Thread.sleep(settings.retryBackoff().toMillis());
                }
            }
        } catch (WakeupException stopping) {
            log.debug("Ingestion consumer stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Ingestion consumer stopped by an unexpected failure; restart the command side", e);
            running = false;
        }
    }

    /** Handles each partition's records in order; returns whether one must be tried again. */
    private boolean handleAll(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> polled) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean mustRetry = false;
        for (TopicPartition partition : polled.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : polled.records(partition)) {
                try {
                    handle(record);
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } catch (RuntimeException transientFailure) {
                    log.warn("Record {}-{}@{} could not be ingested now; it will be tried again: {}",
                            record.topic(), record.partition(), record.offset(), transientFailure.toString());
                    c.seek(partition, record.offset());
                    mustRetry = true;
                    break;
                }
            }
        }
        if (!done.isEmpty()) {
            try {
                c.commitSync(done);
            } catch (RuntimeException e) {
                // The records are appended; delivered again, they are answered as duplicates.
                log.warn("Offsets not committed ({}); the records will be redelivered and found duplicates", e.toString());
            }
        }
        return mustRetry;
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        ParsedRequest request;
        try {
            request = records.read(record);
        } catch (MalformedRequest | InvalidEvent unreadable) {
            deadLetters.send(record, "MALFORMED_RECORD", unreadable.getMessage());
            return;
        }
        if (request.submitted() > maxBatchEvents) {
            deadLetters.send(record, "BATCH_TOO_LARGE", new BatchTooLarge(request.submitted(), maxBatchEvents).getMessage());
            return;
        }
        SourceRegistry.Scope scope = sources.scopeOf(request);
        if (scope.refusal() != null) {
            deadLetters.send(record, "SOURCE_NOT_AUTHORISED", scope.refusal());
            return;
        }
        try {
            ingestion.ingest(request, scope.writeScope());
        } catch (EventsRefused refused) {
            if (refused.refusals().stream().allMatch(r -> "CONCURRENT_WRITE".equals(r.rule()))) {
                throw refused;
            }
            EventRefusal first = refused.refusals().get(0);
            deadLetters.send(record, first.rule(), describe(refused));
        }
    }

    private static String describe(EventsRefused refused) {
        StringBuilder text = new StringBuilder(refused.getMessage());
        for (EventRefusal refusal : refused.refusals()) {
            text.append("; event ").append(refusal.index());
            if (refusal.id() != null) {
                text.append(" (id ").append(refusal.id()).append(')');
            }
            text.append(": ").append(refusal.rule());
            if (refusal.field() != null) {
                text.append(" at ").append(refusal.field());
            }
            text.append(": ").append(refusal.detail());
        }
        return text.length() <= MAX_REASON ? text.toString() : text.substring(0, MAX_REASON) + "…";
    }

    private void measureLag(Consumer<byte[], byte[]> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }
}
