package cn.gongkai.query.replica;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Copies {@code gongkai.events.v1} into the query side's database. Offsets are committed after the copy's
 * transaction: a crash in between redelivers records whose positions are already there, which change nothing. A
 * partition the copy has never had a watermark from is read from its first record, whatever offset the group
 * committed, so that a database rebuilt (or replaced) under the same group is filled again. After each poll the
 * copy's completeness is checked, so that the projections see the new events at once.
 */
final class EventReplicator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventReplicator.class);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final ReplicaSettings.Replicate settings;
    private final ReplicaWriter writer;
    private final Runnable afterCopy;
    private final AtomicLong lag;
    private volatile Consumer<byte[], byte[]> consumer;
    private volatile boolean running;
    private Thread thread;

    EventReplicator(Supplier<Consumer<byte[], byte[]>> consumers, ReplicaSettings.Replicate settings,
                    ReplicaWriter writer, Runnable afterCopy, AtomicLong lag) {
        this.consumers = consumers;
        this.settings = settings;
        this.writer = writer;
        this.afterCopy = afterCopy;
        this.lag = lag;
    }

    @Override
    public synchronized void start() {
        running = true;
        consumer = consumers.get();
        thread = new Thread(this::copy, "kafka-replicator");
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

    private void copy() {
        try (Consumer<byte[], byte[]> c = consumer) {
            c.subscribe(List.of(settings.topic()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // thrown from here, a failure would leave poll() and stop the copy for good: wait for the database
                    while (running) {
                        try {
                            readAgainWhatTheCopyNeverHad(c, partitions);
                            return;
                        } catch (DataAccessException databaseAway) {
                            log.warn("Partitions {} assigned while the database is away; trying again: {}",
                                    partitions, databaseAway.toString());
                            if (!pause(settings.retryBackoff())) {
                                return;
                            }
                        }
                    }
                }
            });
            while (running) {
                ConsumerRecords<byte[], byte[]> polled = c.poll(Duration.ofMillis(500));
                if (!polled.isEmpty() && !copied(c, polled)) {
                    Thread.sleep(settings.retryBackoff().toMillis());
                }
                measureLag(c);
            }
        } catch (WakeupException stopping) {
            log.debug("Event replicator stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Event replicator stopped by an unexpected failure; restart the query side", e);
            running = false;
        }
    }

    /** A database rebuilt under a group that had committed offsets: its partitions are read again from the first. */
    private void readAgainWhatTheCopyNeverHad(Consumer<byte[], byte[]> c, Collection<TopicPartition> partitions) {
        writer.knowPartitions(c.partitionsFor(settings.topic()).stream().map(PartitionInfo::partition).toList());
        List<TopicPartition> unread = partitions.stream().filter(p -> writer.neverCopied(p.partition())).toList();
        if (!unread.isEmpty()) {
            c.seekToBeginning(unread);
        }
    }

    /** Answers false when interrupted (the replicator is stopping). */
    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean copied(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> polled) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        try {
            writer.write(records);
        } catch (RuntimeException failure) {
            log.warn("Events not copied now; they will be read again: {}", failure.toString());
            for (TopicPartition partition : polled.partitions()) {
                c.seek(partition, polled.records(partition).get(0).offset());
            }
            return false;
        }
        try {
            c.commitSync();
        } catch (RuntimeException e) {
            log.warn("Offsets not committed ({}); the copied records will come again and change nothing", e.toString());
        }
        try {
            afterCopy.run();
        } catch (RuntimeException e) {
            log.warn("The copy's completeness not checked after this poll: {}", e.toString());
        }
        return true;
    }

    private void measureLag(Consumer<byte[], byte[]> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }
}
