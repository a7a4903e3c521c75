package cn.gongkai.query.operations;

import cn.gongkai.query.projection.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * Rebuilds the statistics projections from the first event: stops the processor, resets its tokens (the projections'
 * reset handlers empty their tables) and starts it again, reporting progress as the processor replays the stream.
 * Run it on one query-side instance; the others pick up segments as usual once the replay is under way.
 */
@Component
public class ProjectionRebuild {

    public static final String NAME = "projection-rebuild";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Operations operations;
    private volatile Progress current;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, Operations operations) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.operations = operations;
    }

    public synchronized ProgressReport start() {
        if (current != null && current.running()) {
            return current.report();
        }
        StreamingEventProcessor processor = processor();
        Progress progress = operations.start(NAME, head() + 1);
        try {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        } catch (RuntimeException failure) {
            progress.fail(failure.getMessage());
            throw failure;
        }
        current = progress;
        return progress.report();
    }

    @Scheduled(fixedDelayString = "${gongkai.operations.poll:PT0.5S}")
    void follow() {
        Progress progress = current;
        if (progress == null || !progress.running()) {
            return;
        }
        Collection<EventTrackerStatus> segments = processor().processingStatus().values();
        long head = head();
        progress.totalIs(head + 1);
        OptionalLong reached = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1L))
                .min();
        reached.ifPresent(position -> progress.doneSoFar(position + 1));
        boolean replaying = segments.isEmpty() || segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        if (!replaying && reached.isPresent() && reached.getAsLong() >= head) {
            progress.finish("the statistics projections reflect the stream up to position " + head);
        }
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1L);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(Projections.STATISTICS, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor '" + Projections.STATISTICS
                        + "' in this instance"));
    }
}
