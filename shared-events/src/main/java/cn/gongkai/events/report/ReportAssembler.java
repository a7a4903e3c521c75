package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.narrative.NarrativeSection;

import java.util.Map;

/**
 * The one pipeline from facts to a report: the live report, the as-of report and the verifier all assemble theirs
 * here, so the same facts give the same figures and the same findings whichever source kept them.
 */
public final class ReportAssembler {

    private ReportAssembler() {
    }

    /** The year's tables, fees and findings, judged with last year's tables for the continuity rules. */
    public static AssembledReport assemble(ReportingYear year, CaseCountingRule rule, ReportFacts facts) {
        ReportTables tables = tables(year, rule, facts, facts.narrative());
        ReportTables lastYear = year.value() == ReportingYear.FIRST ? null
                : tables(ReportingYear.of(year.value() - 1), rule, facts, Map.of());
        return new AssembledReport(tables, ProcessingFees.tally(year, facts.feeNotices(), facts.feePayments()),
                ConsistencyRules.checkReport(year, tables, lastYear, facts.carryOverContradictions()));
    }

    private static ReportTables tables(ReportingYear year, CaseCountingRule rule, ReportFacts facts,
                                       Map<NarrativeSection, String> narrative) {
        return new ReportTables(ApplicationCounting.tallyGroups(year, facts.applications()),
                ProactiveCounting.tally(year, facts.documents(), facts.stocks(), facts.decisions(),
                        facts.feesCollected()),
                CaseCounting.tally(year, rule, facts.cases()), narrative);
    }
}
