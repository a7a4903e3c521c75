package cn.gongkai.query.report;

import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ProcessingFees;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.organ.Organ;

import java.util.List;

/** One annual report as computed at one stream position: the figures and what the rules found in them. */
public record ReportSnapshot(Organ organ, ReportingYear year, Scope scope, List<String> organs, long position,
                             CaseCountingRule caseCountingRule, ReportTables tables, ProcessingFees fees,
                             List<Finding> findings) {
}
