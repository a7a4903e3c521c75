package cn.gongkai.query.dashboard;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganRepository;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.report.Scope;
import cn.gongkai.query.report.UnknownOrgan;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Business gauges per organ for Prometheus, {@code gongkai_applications{organ, state}}: the dashboard's current-year
 * counts of the organ itself (received, decided, open, carried_over; overdue, due_soon and awaiting_calendar by the
 * statutory clock), refreshed on a schedule.
 * <p>
 * A refresh recounts only the organs whose facts changed since the previous one; all of them when the day changes
 * (deadlines move) or the projections were rebuilt (their position went back). A province of a thousand organs
 * would otherwise be recounted from every fact row every few seconds, competing with ingestion.
 */
@Component
public class BusinessGauges {

    public static final String APPLICATIONS = "gongkai.applications";

    private final OrganRepository organs;
    private final DashboardService dashboard;
    private final ProjectionPositions positions;
    private final ChangedOrgans changedOrgans;
    private final Clock clock;
    private final MultiGauge applications;
    private final Map<String, List<MultiGauge.Row<?>>> rowsByOrgan = new HashMap<>();
    private long countedPosition = -1;
    private LocalDate countedDay;

    public BusinessGauges(OrganRepository organs, DashboardService dashboard, ProjectionPositions positions,
                          ChangedOrgans changedOrgans, Clock clock, MeterRegistry registry) {
        this.organs = organs;
        this.dashboard = dashboard;
        this.positions = positions;
        this.changedOrgans = changedOrgans;
        this.clock = clock;
        this.applications = MultiGauge.builder(APPLICATIONS)
                .description("Applications of the current year per organ (itself, not its subtree) and state")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${gongkai.metrics.business-refresh:PT5S}")
    public synchronized void refresh() {
        long position = positions.of(Projections.STATISTICS);
        LocalDate today = BusinessTime.today(clock);
        boolean everything = countedPosition < 0 || position < countedPosition || !today.equals(countedDay);
        if (!everything && position == countedPosition) {
            return;
        }
        Set<String> changed = everything ? Set.of() : changedOrgans.since(countedPosition);
        Map<String, List<MultiGauge.Row<?>>> counted = new HashMap<>();
        for (Organ organ : organs.all()) {
            List<MultiGauge.Row<?>> previous = rowsByOrgan.get(organ.organ());
            if (everything || previous == null || changed.contains(organ.organ())) {
                count(organ).ifPresent(rows -> counted.put(organ.organ(), rows));
            } else {
                counted.put(organ.organ(), previous);
            }
        }
        rowsByOrgan.clear();
        rowsByOrgan.putAll(counted);
        countedPosition = position;
        countedDay = today;
        applications.register(counted.values().stream().flatMap(List::stream).toList(), true);
    }

    private Optional<List<MultiGauge.Row<?>>> count(Organ organ) {
        DashboardCounts counts;
        try {
            counts = dashboard.counts(organ.organ(), Scope.SELF);
        } catch (UnknownOrgan goneMeanwhile) {
            // The projections are being rebuilt: the organ comes back when its registration is replayed.
            return Optional.empty();
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        rows.add(row(organ, "received", counts.received()));
        rows.add(row(organ, "decided", counts.decided()));
        rows.add(row(organ, "open", counts.open()));
        rows.add(row(organ, "carried_over", counts.carriedOver()));
        rows.add(row(organ, "overdue", counts.clock().overdue()));
        rows.add(row(organ, "due_soon", counts.clock().dueSoon()));
        rows.add(row(organ, "awaiting_calendar", counts.clock().awaitingCalendar()));
        return Optional.of(rows);
    }

    private static MultiGauge.Row<?> row(Organ organ, String state, long value) {
        return MultiGauge.Row.of(Tags.of("organ", organ.organ(), "state", state), value);
    }
}
