package cn.gongkai.query.dashboard;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.query.application.ApplicationDeadlines;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganRepository;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.UnknownOrgan;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
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
import java.util.function.BiFunction;

/**
 * Business gauges per organ for Prometheus, {@code gongkai_applications{organ, state}}: the dashboard's current-year
 * counts of the organ itself (received, decided, open, carried_over; overdue, due_soon and awaiting_calendar by the
 * statutory clock), refreshed on a schedule.
 * <p>
 * A refresh reads which streams had events since the previous one ({@link ChangedStreams}, a range of the stream) and
 * recounts only their organs: the table counts from the counts the projection keeps, the clock from the changed
 * applications alone, each read by its key, beside the standing of the organ's other open applications kept from
 * before ({@link ClockTally}). Everything is counted again when the day changes (deadlines move) or the projections
 * were rebuilt (their position went back). So a refresh costs what arrived since the last one, not the size of the
 * province, and a back-fill does not make the gauges compete with it.
 */
@Component
class BusinessGauges {

    private static final Logger LOG = LoggerFactory.getLogger(BusinessGauges.class);

    public static final String APPLICATIONS = "gongkai.applications";

    /** What the gauges of one organ show, and the clock standing of its open applications behind them. */
    private record Counted(List<MultiGauge.Row<?>> rows, ClockTally clock) {
    }

    private final OrganRepository organs;
    private final DashboardService dashboard;
    private final ApplicationDeadlines deadlines;
    private final ProjectionPositions positions;
    private final ChangedStreams changedStreams;
    private final Clock clock;
    private final MultiGauge applications;
    private final Map<String, Counted> countedByOrgan = new HashMap<>();
    private long countedPosition = -1;
    private LocalDate countedDay;

    public BusinessGauges(OrganRepository organs, DashboardService dashboard, ApplicationDeadlines deadlines,
                          ProjectionPositions positions, ChangedStreams changedStreams, Clock clock,
                          MeterRegistry registry) {
        this.organs = organs;
        this.dashboard = dashboard;
        this.deadlines = deadlines;
        this.positions = positions;
        this.changedStreams = changedStreams;
        this.clock = clock;
        this.applications = MultiGauge.builder(APPLICATIONS)
                .description("Applications of the current year per organ (itself, not its subtree) and state")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${gongkai.metrics.business-refresh:PT5S}")
    public synchronized void refresh() {
        try {
            recount();
        } catch (TransientDataAccessException | DataAccessResourceFailureException lost) {
            // A connection lost or a query cut short: the gauges keep their last counts and try again next time.
            LOG.warn("business gauges not refreshed this time: {}", lost.getMostSpecificCause().getMessage());
        }
    }

    private void recount() {
        long position = positions.of(Projections.STATISTICS);
        LocalDate today = BusinessTime.today(clock);
        boolean everything = countedPosition < 0 || position < countedPosition || !today.equals(countedDay);
        if (!everything && position == countedPosition) {
            return;
        }
        ChangedStreams.Changes changes = everything ? null : changedStreams.between(countedPosition, position);
        Map<String, Counted> counted = new HashMap<>();
        for (Organ organ : organs.all()) {
            Counted previous = countedByOrgan.get(organ.organ());
            Optional<Counted> now;
            if (everything || previous == null) {
                now = count(organ, today, (covered, day) -> ClockTally.of(deadlines,
                        deadlines.list(organ.organ(), ApplicationDeadlines.Status.OPEN, day)));
            } else if (changes.organs().contains(organ.organ())) {
                Set<String> changed = changes.applicationsOf(organ.organ());
                now = count(organ, today, (covered, day) -> previous.clock().with(changed,
                        deadlines.openAmong(organ.organ(), changed, day)));
            } else {
                now = Optional.of(previous);
            }
            now.ifPresent(c -> counted.put(organ.organ(), c));
        }
        countedByOrgan.clear();
        countedByOrgan.putAll(counted);
        countedPosition = position;
        countedDay = today;
        applications.register(counted.values().stream().flatMap(c -> c.rows().stream()).toList(), true);
    }

    private Optional<Counted> count(Organ organ, LocalDate today,
                                    BiFunction<List<String>, LocalDate, ClockTally> clockOf) {
        ClockTally[] tally = new ClockTally[1];
        DashboardCounts counts;
        try {
            counts = dashboard.counts(organ.organ(), Scope.SELF, DashboardYear.currentYear(), (covered, day) -> {
                tally[0] = clockOf.apply(covered, day);
                return tally[0].counts();
            });
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
        return Optional.of(new Counted(rows, tally[0]));
    }

    private static MultiGauge.Row<?> row(Organ organ, String state, long value) {
        return MultiGauge.Row.of(Tags.of("organ", organ.organ(), "state", state), value);
    }
}
