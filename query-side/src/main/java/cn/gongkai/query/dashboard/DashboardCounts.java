package cn.gongkai.query.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The live counts of an organ (or its subtree) for a year ({@code year}; {@code years} are those with data, left empty
 * when the current year is counted whatever the data, as the business gauges do), each
 * the same cell that year's annual report shows: {@code received} is row 一, {@code carriedOver} row 二,
 * {@code decided} （七）总计 and {@code decidedByGroup} its six outcome groups, {@code open} row 四 as the stream stands
 * today (open now in the current year, carried over to the next in a past one), {@code reviews}/{@code lawsuits} the
 * 总计 and 尚未审结 of table 四; {@code clock} today's open applications by the statutory clock, whatever the year.
 */
public record DashboardCounts(String organ, String organName, String scope, List<String> organs, int year,
                              List<Integer> years, LocalDate today, long position, long received, long carriedOver, long decided,
                              Map<String, Long> decidedByGroup, long open, ClockCounts clock,
                              CaseCounts reviews, CaseCounts lawsuits) {

    /** The same counts without the position they were read at, to compare figures. */
    public DashboardCounts figures() {
        return new DashboardCounts(organ, organName, scope, organs, year, years, today, 0, received, carriedOver, decided,
                decidedByGroup, open, clock, reviews, lawsuits);
    }

    /**
     * Open applications past their due date and due within the configured working days; {@code awaitingCalendar}
     * of them cannot be told either way until the working-day calendar of {@code calendarYear} is loaded (null when
     * none waits).
     */
    public record ClockCounts(long overdue, long dueSoon, long awaitingCalendar, Integer calendarYear) {
    }

    /** Cases of table 四 counted in the year, and those of them not yet concluded. */
    public record CaseCounts(long total, long pending) {
    }
}
