package cn.gongkai.events.narrative;

import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;
import java.util.Map;

/**
 * The command the query side sends the command side to publish a report it computed: freeze these figures, this
 * position and this digest. The one command the two sides share.
 */
public record PublishReport(OrganId organ, ReportingYear year, String scope, LocalDate publishedOn, long position,
                            String digest, Map<String, Map<String, Map<String, String>>> figures) {
}
