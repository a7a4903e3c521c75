package cn.gongkai.query.replica;

import cn.gongkai.platform.background.ConsumerLoop;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

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
final class EventReplicator implements SmartLifecycle, ConsumerLoop.Rounds<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(EventReplicator.class);

    private final ReplicaSettings.Replicate settings;
    private final ReplicaWriter writer;
    private final Runnable afterCopy;
    private final ConsumerLoop<byte[], byte[]> loop;

    EventReplicator(Supplier<Consumer<byte[], byte[]>> consumers, ReplicaSettings.Replicate settings,
                    ReplicaWriter writer, Runnable afterCopy, AtomicLong lag) {
        this.settings = settings;
        this.writer = writer;
        this.afterCopy = afterCopy;
        this.loop = new ConsumerLoop<>("kafka-replicator", consumers, settings.retryBackoff(), lag, this);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public void subscribe(Consumer<byte[], byte[]> c) {
        c.subscribe(List.of(settings.topic()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // thrown from here, a failure would leave poll() and stop the copy for good: wait for the database
                while (loop.isRunning()) {
                    try {
                        readAgainWhatTheCopyNeverHad(c, partitions);
                        return;
                    } catch (DataAccessException databaseAway) {
                        log.warn("Partitions {} assigned while the database is away; trying again: {}",
                                partitions, databaseAway.toString());
                        if (!loop.pause()) {
                            return;
                        }
                    }
                }
            }
        });
    }

    @Override
    public boolean handle(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> polled) {
        return !polled.isEmpty() && !copied(c, polled);
    }

    /** A database rebuilt under a group that had committed offsets: its partitions are read again from the first. */
    private void readAgainWhatTheCopyNeverHad(Consumer<byte[], byte[]> c, Collection<TopicPartition> partitions) {
        writer.knowPartitions(c.partitionsFor(settings.topic()).stream().map(PartitionInfo::partition).toList());
        List<TopicPartition> unread = partitions.stream().filter(p -> writer.neverCopied(p.partition())).toList();
        if (!unread.isEmpty()) {
            c.seekToBeginning(unread);
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
}
