package cn.gongkai.query.operations;

import cn.gongkai.platform.operations.Operations;
import cn.gongkai.platform.operations.Progress;
import cn.gongkai.platform.operations.ProgressReport;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.rebuild.StatisticsRebuild;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the statistics projections from the first event, in bulk ({@link StatisticsRebuild}): the events are
 * folded in memory and loaded beside the live tables while the statistics processor goes on as usual; then the
 * processor is stopped for the moment it takes to put the new tables in place and hand it a token at the last event
 * folded, and started again. Reports answer from the old tables until then. Run it on one query-side instance:
 * another instance holding the processor's segment makes the hand-over fail, and the old tables stay.
 */
@Component
public class ProjectionRebuild {

    public static final String NAME = "projection-rebuild";
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final StatisticsRebuild rebuild;
    private final Operations operations;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, NAME);
        thread.setDaemon(true);
        return thread;
    });
    private volatile Progress current;

    public ProjectionRebuild(EventProcessingConfiguration processing, StatisticsRebuild rebuild,
                             Operations operations) {
        this.processing = processing;
        this.rebuild = rebuild;
        this.operations = operations;
    }

    /** Starts a rebuild, or answers the one under way. */
    public synchronized ProgressReport start() {
        if (current != null && current.running()) {
            return current.report();
        }
        StreamingEventProcessor processor = processor();
        long head = rebuild.head();
        Progress progress = operations.start(NAME, head + 1);
        current = progress;
        worker.execute(() -> run(processor, head, progress));
        return progress.report();
    }

    private void run(StreamingEventProcessor processor, long head, Progress progress) {
        try {
            StatisticsRebuild.Prepared prepared = rebuild.prepare(head, progress::doneSoFar);
            long loaded = System.nanoTime();
            processor.shutDown();
            long stopped = System.nanoTime();
            try {
                rebuild.replaceLive(prepared);
            } finally {
                processor.start();
            }
            long swapped = System.nanoTime();
            progress.finish("the statistics projections were rebuilt from " + prepared.events()
                    + " events up to position " + prepared.position() + "; the processor goes on from there (read, "
                    + "folded and loaded in " + prepared.foldMillis() + " ms, indexed in " + prepared.indexMillis()
                    + " ms, processor stopped in " + millis(loaded, stopped) + " ms, swapped in "
                    + millis(stopped, swapped) + " ms)");
        } catch (RuntimeException failure) {
            log.warn("The projection rebuild failed; the statistics tables are as they were", failure);
            progress.fail(failure.getMessage());
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(Projections.STATISTICS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor '" + Projections.STATISTICS
                        + "' in this instance"));
    }
}
