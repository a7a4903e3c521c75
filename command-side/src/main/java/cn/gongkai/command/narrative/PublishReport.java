package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;
import java.util.Map;

/**
 * Publish a report the query side computed: freeze these figures, this position and this digest. Sent by the
 * composition (infra) on the query side's behalf; the query side itself knows only its port for it.
 */
public record PublishReport(OrganId organ, ReportingYear year, String scope, LocalDate publishedOn, long position,
                            String digest, Map<String, Map<String, Map<String, String>>> figures)
        implements TargetsAggregate {

    @Override
    public String aggregateId() {
        return StreamIds.publication(organ, year, scope);
    }
}
