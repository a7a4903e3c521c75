package cn.gongkai.query.dashboard;

import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganRepository;
import cn.gongkai.query.report.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Business gauges per organ for Prometheus, {@code gongkai_applications{organ, state}}: the dashboard's current-year
 * counts of the organ itself (received, decided, open, carried_over), refreshed on a schedule. Overdue joins when the
 * statutory clock provides it.
 */
@Component
public class BusinessGauges {

    public static final String APPLICATIONS = "gongkai.applications";

    private final OrganRepository organs;
    private final DashboardService dashboard;
    private final MultiGauge applications;

    public BusinessGauges(OrganRepository organs, DashboardService dashboard, MeterRegistry registry) {
        this.organs = organs;
        this.dashboard = dashboard;
        this.applications = MultiGauge.builder(APPLICATIONS)
                .description("Applications of the current year per organ (itself, not its subtree) and state")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${gongkai.metrics.business-refresh:PT5S}")
    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Organ organ : organs.all()) {
            DashboardCounts counts = dashboard.counts(organ.organ(), Scope.SELF);
            rows.add(row(organ, "received", counts.received()));
            rows.add(row(organ, "decided", counts.decided()));
            rows.add(row(organ, "open", counts.open()));
            rows.add(row(organ, "carried_over", counts.carriedOver()));
            if (counts.overdue() != null) {
                rows.add(row(organ, "overdue", counts.overdue()));
                rows.add(row(organ, "due_soon", counts.dueSoon()));
            }
        }
        applications.register(rows, true);
    }

    private static MultiGauge.Row<?> row(Organ organ, String state, long value) {
        return MultiGauge.Row.of(Tags.of("organ", organ.organ(), "state", state), value);
    }
}
