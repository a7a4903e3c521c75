package cn.gongkai.command.kafka;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * While the store is quiet the publisher handles no batch, yet a gap below its position can become permanent: this
 * announces the watermark from time to time so that the query side sees the last events without waiting for more,
 * and measures the publish lag (positions in the store not yet on the topic).
 */
final class WatermarkTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WatermarkTicker.class);

    private final EventPublisher publisher;
    private final EventProcessingConfiguration processing;
    private final StoreGaps store;
    private final Duration interval;
    private final AtomicLong publishLag;
    private ScheduledExecutorService scheduler;

    WatermarkTicker(EventPublisher publisher, EventProcessingConfiguration processing, StoreGaps store,
                    Duration interval, AtomicLong publishLag) {
        this.publisher = publisher;
        this.processing = processing;
        this.store = store;
        this.interval = interval;
        this.publishLag = publishLag;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kafka-watermark"));
        scheduler.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void tick() {
        try {
            processing.eventProcessor(EventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                    .flatMap(p -> p.processingStatus().values().stream().findFirst())
                    .map(EventTrackerStatus::getTrackingToken)
                    .ifPresent(publisher::resumeFrom);
            publisher.announce();
            publishLag.set(Math.max(0, store.head() - publisher.watermark()));
        } catch (RuntimeException e) {
            log.warn("Watermark not announced this time: {}", e.toString());
        }
    }
}
