package cn.gongkai.query.audit;

import cn.gongkai.events.StreamIds;
import cn.gongkai.platform.background.PeriodicTask;
import cn.gongkai.events.narrative.ReportPublished;
import cn.gongkai.query.audit.FoldCheckpoints.Folded;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the checkpoints of the as-of fold in the background, on a thread of its own. It notes how many events each
 * organ gained since its latest checkpoint, and folds an organ on from there once it has grown enough: by
 * {@code every} events, or by a fifth of what its latest checkpoint folded (at least {@code minimum} events), or at
 * once after a publication or a year end. Along the way it saves the organ's books just before the first event
 * recorded after a year end (Asia/Shanghai midnight) and just after each publication of one of its reports; those
 * are marked as kept.
 * <p>
 * Only settled positions are saved: positions are drawn in commit order, so once the head is read no event can
 * still commit at or below it.
 */
@Component
public class CheckpointWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointWriter.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final EventLog eventLog;
    private final FoldCheckpoints checkpoints;
    private final Settings settings;
    private final AtomicLong scanned = new AtomicLong(-1);
    private final Map<String, Long> pending = new HashMap<>();
    /** Organs with a publication, or an event recorded after a year end, since their latest checkpoint. */
    private final Set<String> urgent = new HashSet<>();
    private Map<String, Folded> folded;
    private final PeriodicTask task;

    /** When an organ is folded on, and how often the store is looked at. */
    public record Settings(boolean enabled, long every, long minimum, Duration interval) {
    }

    public CheckpointWriter(EventLog eventLog, FoldCheckpoints checkpoints, MeterRegistry meters,
                            @Value("${gongkai.checkpoints.enabled:true}") boolean enabled,
                            @Value("${gongkai.checkpoints.every:5000}") long every,
                            @Value("${gongkai.checkpoints.minimum:1000}") long minimum,
                            @Value("${gongkai.checkpoints.interval:PT2S}") Duration interval) {
        this.eventLog = eventLog;
        this.checkpoints = checkpoints;
        this.settings = new Settings(enabled, every, minimum, interval);
        this.task = new PeriodicTask("fold-checkpoints", interval, this::catchUp);
        meters.gauge("gongkai.checkpoints.scanned", scanned);
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            task.start(Duration.ZERO);
        }
    }

    @Override
    public void stop() {
        task.stop();
    }

    @Override
    public boolean isRunning() {
        return task.isRunning();
    }

    /** The position up to which every organ's growth has been noted (-1 before the first look). */
    public long scanned() {
        return scanned.get();
    }

    /** Notes the organs' growth up to the head, then folds on every organ that has grown enough. */
    synchronized void catchUp() {
        if (folded == null) {
            int stale = checkpoints.deleteOtherLayouts();
            if (stale > 0) {
                log.info("Deleted {} checkpoints of an older layout; they are written again", stale);
            }
            folded = checkpoints.latestOfEachOrgan();
        }
        long head = eventLog.head();
        eventLog.forEachOrganOf(scanned.get(), head, (position, organ, aggregate, recordedAt) -> {
            Folded latest = organ == null ? null : folded.get(organ);
            if (organ != null && (latest == null || position > latest.position())) {
                pending.merge(organ, 1L, Long::sum);
                if (StreamIds.isOfKind(aggregate, StreamIds.PUBLICATION) || (latest != null && latest.recordedThrough() != null
                        && !Instant.parse(recordedAt).isBefore(nextYearStart(latest.recordedThrough())))) {
                    urgent.add(organ);
                }
            }
        });
        List<String> due = new ArrayList<>();
        pending.forEach((organ, events) -> {
            Folded latest = folded.get(organ);
            if (urgent.contains(organ) || events >= threshold(latest == null ? 0 : latest.events())) {
                due.add(organ);
            }
        });
        for (String organ : due) {
            if (Thread.currentThread().isInterrupted()) {
                return; // stopping
            }
            foldOn(organ, head);
        }
        scanned.set(head);
    }

    private long threshold(long foldedEvents) {
        return Math.min(settings.every(), Math.max(settings.minimum(), foldedEvents / 5));
    }

    /** Folds the organ on from its latest checkpoint to the head, saving checkpoints along the way and at the end. */
    private void foldOn(String organ, long head) {
        OrganFold fold = checkpoints.latest(organ).map(OrganFold::resume).orElseGet(() -> OrganFold.start(organ));
        long[] saved = {fold.events()};
        eventLog.forEachAfter(List.of(organ), fold.position(), head, event -> {
            Instant yearEnd = fold.recordedThrough() == null ? null : nextYearStart(fold.recordedThrough());
            if (yearEnd != null && !event.recordedAt().isBefore(yearEnd)) {
                fold.reach(event.position() - 1);
                checkpoints.save(fold.checkpoint("year-end " + yearEnd.atZone(SHANGHAI).minusDays(1).getYear()));
                saved[0] = fold.events();
            }
            fold.add(event);
            if (event.data() instanceof ReportPublished published) {
                checkpoints.save(fold.checkpoint("publication " + published.year().value() + " " + published.scope()));
                saved[0] = fold.events();
            } else if (fold.events() - saved[0] >= threshold(saved[0])) {
                checkpoints.save(fold.checkpoint(null));
                saved[0] = fold.events();
            }
        });
        fold.reach(head);
        if (fold.events() > saved[0]) {
            checkpoints.save(fold.checkpoint(null));
        }
        pending.remove(organ);
        urgent.remove(organ);
        folded.put(organ, new Folded(fold.position(), fold.events(), fold.recordedThrough()));
    }

    /** The first moment of the year after the one the instant falls in, in China Standard Time. */
    static Instant nextYearStart(Instant instant) {
        int year = instant.atZone(SHANGHAI).getYear();
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    }
}
