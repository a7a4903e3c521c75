package cn.gongkai.events.narrative;

import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;
import java.util.Map;

/**
 * The office published an organ's report for a year: the figures as they stood (table → row → column → value, as
 * in the report JSON), the stream position they reflected and the digest of the events behind them, frozen.
 */
public record ReportPublished(OrganId organ, ReportingYear year, String scope, LocalDate publishedOn, long position,
                              String digest, Map<String, Map<String, Map<String, String>>> figures) {
}
