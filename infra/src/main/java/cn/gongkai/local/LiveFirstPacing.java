package cn.gongkai.local;

import cn.gongkai.command.ingest.BulkPacing;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.StatisticsProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live events first: in the embedded service the statistics processor shares the JVM and the two cores with
 * ingestion, and a bulk load (requests of at least {@code gongkai.ingestion.pacing.bulk-events}) can append faster
 * than the live tables fold. Unchecked, the processor falls a hundred thousand events behind and an event a clerk
 * records during a back-fill shows on the dashboard many seconds later (BENCHMARKS.md). So a bulk request waits,
 * before it opens its transaction, while the live tables are more than {@code max-lag} events behind what this JVM
 * appended, for at most {@code max-wait}; then it goes ahead whatever the tables do. Smaller requests never wait.
 * Nothing waits while the processor is stopped or replaying (it is behind on purpose then), nor before it has
 * committed once. {@code gongkai.ingestion.pacing.enabled=false} turns pacing off. The time bulk requests spent waiting is the timer
 * {@code gongkai.ingestion.paced}.
 */
@Component
public class LiveFirstPacing implements BulkPacing {

    private final StatisticsProgress progress;
    private final EventProcessingConfiguration processing;
    private final boolean enabled;
    private final int bulkEvents;
    private final long maxLag;
    private final Duration maxWait;
    private final Timer paced;
    private final AtomicLong appended = new AtomicLong(-1);

    public LiveFirstPacing(StatisticsProgress progress, EventProcessingConfiguration processing, MeterRegistry meters,
                           @Value("${gongkai.ingestion.pacing.enabled:true}") boolean enabled,
                           @Value("${gongkai.ingestion.pacing.bulk-events:100}") int bulkEvents,
                           @Value("${gongkai.ingestion.pacing.max-lag:200}") long maxLag,
                           @Value("${gongkai.ingestion.pacing.max-wait:PT10S}") Duration maxWait) {
        this.progress = progress;
        this.processing = processing;
        this.enabled = enabled;
        this.bulkEvents = bulkEvents;
        this.maxLag = maxLag;
        this.maxWait = maxWait;
        this.paced = Timer.builder("gongkai.ingestion.paced")
                .description("Time bulk requests waited for the live statistics tables before appending")
                .register(meters);
    }

    @Override
    public void beforeAppending(int events) {
        if (!enabled || events < bulkEvents || !behind() || !processorLive()) {
            return;
        }
        long started = System.nanoTime();
        try {
            progress.awaitReaching(appended.get() - maxLag, maxWait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            paced.record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public void appended(long head) {
        appended.accumulateAndGet(head, Math::max);
    }

    private boolean behind() {
        long reached = progress.position();
        return reached != StatisticsProgress.UNKNOWN && appended.get() - reached > maxLag;
    }

    private boolean processorLive() {
        return processing.eventProcessor(Projections.STATISTICS, StreamingEventProcessor.class)
                .map(processor -> processor.isRunning() && !processor.isReplaying()).orElse(false);
    }
}
