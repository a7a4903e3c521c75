package cn.gongkai.events.report;

import java.util.List;

/** The figures of an organ-year's report and what the consistency rules found in them. */
public record AssembledReport(ReportTables tables, ProcessingFees fees, List<Finding> findings) {

    public AssembledReport {
        findings = List.copyOf(findings);
    }
}
