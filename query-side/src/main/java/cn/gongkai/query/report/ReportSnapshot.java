package cn.gongkai.query.report;

import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ProcessingFees;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.Scope;

import java.time.Instant;
import java.util.List;

/**
 * One annual report as computed at one stream position: the figures, what the rules found in them, and the digest
 * of the events they rest on. {@code asOf} is the recorded moment of an as-of report, null for the live one.
 */
public record ReportSnapshot(Organ organ, ReportingYear year, Scope scope, List<String> organs, long position,
                             Instant asOf, String digest, CaseCountingRule caseCountingRule, ReportTables tables,
                             ProcessingFees fees, List<Finding> findings) {
}
