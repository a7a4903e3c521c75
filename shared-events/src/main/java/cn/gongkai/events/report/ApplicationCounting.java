package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.application.ApplicantType;

import java.time.LocalDate;

/**
 * The counting rules of table 三 for year Y (DESIGN §3): the one definition every projection, dashboard and
 * verifier uses.
 * <ul>
 *   <li>一 本年新收: received in Y;</li>
 *   <li>二 上年结转: received before Y and not decided before Y;</li>
 *   <li>三 办理结果: decided in Y, by outcome row; （七）总计 is their sum;</li>
 *   <li>四 结转下年度继续办理: received by the end of Y and not decided by then;</li>
 *   <li>总计 column: the sum of the six applicant columns.</li>
 * </ul>
 */
public final class ApplicationCounting {

    private ApplicationCounting() {
    }

    public static ApplicationsTable tally(ReportingYear year, Iterable<ApplicationFact> facts) {
        ApplicationsTable.Builder table = ApplicationsTable.builder();
        for (ApplicationFact fact : facts) {
            count(year, fact, table);
        }
        return withTotals(table).build();
    }

    /** Table 三 of year Y from groups of applications that count alike (see {@link ApplicationGroup}). */
    public static ApplicationsTable tallyGroups(ReportingYear year, Iterable<ApplicationGroup> groups) {
        ApplicationsTable.Builder table = ApplicationsTable.builder();
        for (ApplicationGroup group : groups) {
            count(year, group.representative(), table, group.applications());
        }
        return withTotals(table).build();
    }

    /** Adds one application's contribution to year Y's rows in its applicant column. */
    public static void count(ReportingYear year, ApplicationFact fact, ApplicationsTable.Builder table) {
        count(year, fact, table, 1);
    }

    /** Adds the contribution of {@code times} applications like this one. */
    public static void count(ReportingYear year, ApplicationFact fact, ApplicationsTable.Builder table, long times) {
        ApplicationColumn column = ApplicationColumn.of(fact.applicantType());
        LocalDate firstDay = year.firstDay();
        LocalDate nextYear = year.nextYearFirstDay();
        if (year.contains(fact.receivedOn())) {
            table.add(ApplicationRow.RECEIVED, column, times);
        }
        if (fact.receivedOn().isBefore(firstDay) && !fact.decidedBefore(firstDay)) {
            table.add(ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR, column, times);
        }
        if (year.contains(fact.decidedOn())) {
            table.add(ApplicationRow.of(fact.outcome()), column, times);
        }
        if (fact.receivedOn().isBefore(nextYear) && !fact.decidedBefore(nextYear)) {
            table.add(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, column, times);
        }
    }

    /** Fills （七）总计 from the result rows and the 总计 column from the applicant columns. */
    public static ApplicationsTable.Builder withTotals(ApplicationsTable.Builder table) {
        for (ApplicantType type : ApplicantType.values()) {
            ApplicationColumn column = ApplicationColumn.of(type);
            long results = 0;
            for (ApplicationRow row : ApplicationRow.values()) {
                if (row.isResult()) {
                    results += table.get(row, column);
                }
            }
            table.set(ApplicationRow.RESULT_TOTAL, column, results);
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            long total = 0;
            for (ApplicantType type : ApplicantType.values()) {
                total += table.get(row, ApplicationColumn.of(type));
            }
            table.set(row, ApplicationColumn.TOTAL, total);
        }
        return table;
    }
}
