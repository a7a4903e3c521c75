package cn.gongkai.query.dashboard;

import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.UnknownOrgan;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Pushes dashboard counts to browsers as Server-Sent Events. After the statistics projection commits (seen here, or
 * through the shared projection position when another query-side instance did the work) it recomputes the counts of
 * every watched organ and scope and sends those that changed.
 */
@Component
class DashboardFeed {

    public static final String EVENT_NAME = "counts";
    private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);

    private final DashboardService dashboard;
    private final ProjectionPositions positions;
    private final StatisticsCommits commits;
    private final Duration timeout;
    private final Map<Watch, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private final Map<Watch, DashboardCounts> lastSent = new ConcurrentHashMap<>();
    private volatile long lastPosition = Long.MIN_VALUE;

    public DashboardFeed(DashboardService dashboard, ProjectionPositions positions, StatisticsCommits commits,
                         @Value("${gongkai.dashboard.stream-timeout:PT30M}") Duration timeout) {
        this.dashboard = dashboard;
        this.positions = positions;
        this.commits = commits;
        this.timeout = timeout;
    }

    /** Opens a stream whose first event is the current counts. */
    public SseEmitter watch(String organ, Scope scope, DashboardYear year) throws UnknownOrgan {
        Watch watch = new Watch(organ, scope, year);
        DashboardCounts now = dashboard.counts(organ, scope, year);
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        watchers.computeIfAbsent(watch, w -> new CopyOnWriteArraySet<>()).add(emitter);
        emitter.onCompletion(() -> forget(watch, emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> forget(watch, emitter));
        send(watch, emitter, now);
        return emitter;
    }

    @Scheduled(fixedDelayString = "${gongkai.dashboard.push-interval:PT0.2S}")
    void pushChanges() {
        long position = positions.of(Projections.STATISTICS);
        boolean moved = position != lastPosition;
        lastPosition = position;
        if (!commits.takeCommitted() && !moved) {
            return;
        }
        watchers.forEach((watch, emitters) -> {
            if (emitters.isEmpty()) {
                return;
            }
            DashboardCounts counts;
            try {
                counts = dashboard.counts(watch.organ(), watch.scope(), watch.year());
            } catch (UnknownOrgan goneMeanwhile) {
                return; // the projections are being rebuilt: the organ comes back when its registration is replayed
            }
            if (!sameFigures(counts, lastSent.get(watch))) {
                emitters.forEach(emitter -> send(watch, emitter, counts));
            }
        });
    }

    /** Ends every stream before the web server drains its requests, so shutting down does not wait on browsers. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        watchers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        watchers.clear();
    }

    private void send(Watch watch, SseEmitter emitter, DashboardCounts counts) {
        try {
            emitter.send(SseEmitter.event().name(EVENT_NAME).id(Long.toString(counts.position()))
                    .data(counts, MediaType.APPLICATION_JSON));
            lastSent.put(watch, counts);
        } catch (IOException | IllegalStateException gone) {
            log.debug("A dashboard stream for {} closed: {}", watch, gone.getMessage());
            forget(watch, emitter);
        }
    }

    private void forget(Watch watch, SseEmitter emitter) {
        Set<SseEmitter> emitters = watchers.get(watch);
        if (emitters != null) {
            emitters.remove(emitter);
        }
    }

    /** Counts differ in figures, not merely in the position they were read at. */
    private static boolean sameFigures(DashboardCounts a, DashboardCounts b) {
        return b != null && a.figures().equals(b.figures());
    }

    private record Watch(String organ, Scope scope, DashboardYear year) {
    }
}
