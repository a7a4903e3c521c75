package cn.gongkai.query.dashboard;

import cn.gongkai.events.application.OutcomeGroup;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.CaseTable;
import cn.gongkai.query.dashboard.DashboardCounts.CaseCounts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's tiles read off the report's own tables, each the cell it stands for: {@code received} row 一 总计,
 * {@code carriedOver} row 二, {@code decided} （七）总计 and {@code decidedByGroup} the 总计 of each outcome group's
 * rows, {@code open} row 四, {@code reviews} table 四's 行政复议 and {@code lawsuits} its two 行政诉讼 groups together
 * (总计 and 尚未审结 each).
 */
record DashboardTiles(long received, long carriedOver, long decided, Map<String, Long> decidedByGroup, long open,
                      CaseCounts reviews, CaseCounts lawsuits) {

    static DashboardTiles of(ApplicationsTable applications, CaseTable cases) {
        return new DashboardTiles(
                total(applications, ApplicationRow.RECEIVED),
                total(applications, ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR),
                total(applications, ApplicationRow.RESULT_TOTAL),
                byOutcomeGroup(applications),
                // In the current year no decision can be dated after today, so row 四 is what is open now; in a past
                // year it is what that year carried over.
                total(applications, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR),
                cases(cases, CaseGroup.REVIEW),
                sum(cases(cases, CaseGroup.LAWSUIT_DIRECT), cases(cases, CaseGroup.LAWSUIT_AFTER_REVIEW)));
    }

    private static long total(ApplicationsTable table, ApplicationRow row) {
        return table.cell(row, ApplicationColumn.TOTAL);
    }

    private static Map<String, Long> byOutcomeGroup(ApplicationsTable table) {
        Map<String, Long> groups = new LinkedHashMap<>();
        for (OutcomeGroup group : OutcomeGroup.values()) {
            groups.put(group.name(), 0L);
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            row.outcome().ifPresent(outcome -> groups.merge(outcome.group().name(), total(table, row), Long::sum));
        }
        return groups;
    }

    private static CaseCounts cases(CaseTable table, CaseGroup group) {
        return new CaseCounts(table.cell(group, CaseColumn.TOTAL), table.cell(group, CaseColumn.PENDING));
    }

    private static CaseCounts sum(CaseCounts a, CaseCounts b) {
        return new CaseCounts(a.total() + b.total(), a.pending() + b.pending());
    }
}
