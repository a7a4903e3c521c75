package cn.gongkai.events.report;

import cn.gongkai.events.narrative.NarrativeSection;

import java.util.List;
import java.util.Map;

/**
 * What the report of an organ-year is assembled from, whichever source kept the facts: the live read models or the
 * events folded into books. Each list may hold more than the year's facts (the counting rules look at the dates
 * themselves) but must hold every fact the year and the year before count, the latter for the continuity rules.
 *
 * @param applications            the applications, in groups that count alike ({@link ApplicationGroup#countAlike})
 * @param feesCollected           the administrative fees of table 二
 * @param feeNotices              the information-processing fee notices of section 六
 * @param feePayments             the information-processing fees paid
 * @param carryOverContradictions the carry-over records of the report's year that a later decision contradicts
 * @param narrative               the report's prose, by section
 */
public record ReportFacts(List<ApplicationGroup> applications, List<CaseFact> cases, List<DocumentFact> documents,
                          List<StockFact> stocks, List<DecisionFact> decisions, List<MoneyFact> feesCollected,
                          List<MoneyFact> feeNotices, List<MoneyFact> feePayments,
                          List<CarryOverContradiction> carryOverContradictions,
                          Map<NarrativeSection, String> narrative) {
}
