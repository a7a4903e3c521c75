package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;

/**
 * The counting rules of table 四 for year Y. A review followed by a lawsuit is two cases: the review counts in the
 * review block with its own result, the lawsuit in 复议后起诉 with the court's.
 */
public final class CaseCounting {

    private CaseCounting() {
    }

    public static CaseTable tally(ReportingYear year, CaseCountingRule rule, Iterable<CaseFact> cases) {
        CaseTable.Builder table = CaseTable.builder();
        for (CaseFact fact : cases) {
            CaseColumn column = columnOf(year, rule, fact);
            if (column != null) {
                table.add(fact.group(), column, 1);
                table.add(fact.group(), CaseColumn.TOTAL, 1);
            }
        }
        return table.build();
    }

    /** The column the case counts in for year Y, or null when it does not count in Y. */
    public static CaseColumn columnOf(ReportingYear year, CaseCountingRule rule, CaseFact fact) {
        LocalDate lastDay = year.nextYearFirstDay().minusDays(1);
        return switch (rule) {
            case CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END -> {
                if (year.contains(fact.concludedOn())) {
                    yield CaseColumn.of(fact.result());
                }
                boolean filedByYearEnd = !fact.filedOn().isAfter(lastDay);
                yield filedByYearEnd && !fact.concludedBy(lastDay) ? CaseColumn.PENDING : null;
            }
            case FILED_IN_YEAR -> {
                if (!year.contains(fact.filedOn())) {
                    yield null;
                }
                yield fact.concludedBy(lastDay) ? CaseColumn.of(fact.result()) : CaseColumn.PENDING;
            }
        };
    }
}
