package cn.gongkai.command.kafka;

import cn.gongkai.platform.background.PeriodicTask;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * While the store is quiet the publisher handles no batch, yet a gap below its position can become permanent: this
 * announces the watermark from time to time so that the query side sees the last events without waiting for more,
 * and measures the publish lag (positions in the store not yet on the topic).
 */
final class WatermarkTicker implements SmartLifecycle {

    private final EventPublisher publisher;
    private final EventProcessingConfiguration processing;
    private final StoreGaps store;
    private final AtomicLong publishLag;
    private final PeriodicTask task;

    WatermarkTicker(EventPublisher publisher, EventProcessingConfiguration processing, StoreGaps store,
                    Duration interval, AtomicLong publishLag) {
        this.publisher = publisher;
        this.processing = processing;
        this.store = store;
        this.publishLag = publishLag;
        this.task = new PeriodicTask("kafka-watermark", interval, this::tick);
    }

    @Override
    public void start() {
        task.start(task.interval());
    }

    @Override
    public void stop() {
        task.stop();
    }

    @Override
    public boolean isRunning() {
        return task.isRunning();
    }

    private void tick() {
        processing.eventProcessor(EventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .flatMap(p -> p.processingStatus().values().stream().findFirst())
                .map(EventTrackerStatus::getTrackingToken)
                .ifPresent(publisher::resumeFrom);
        publisher.announce();
        publishLag.set(Math.max(0, store.head() - publisher.watermark()));
    }
}
