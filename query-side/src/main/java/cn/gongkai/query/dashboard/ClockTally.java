package cn.gongkai.query.dashboard;

import cn.gongkai.query.application.ApplicationDeadlines;
import cn.gongkai.query.application.ApplicationDeadlines.OpenApplication;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The open applications of an organ by the statutory clock as of one day (overdue, due soon, awaiting a year's
 * calendar), kept by application so that a change to some of them is counted without reading the others again.
 */
final class ClockTally {

    /** Where an open application stands on the clock; {@code awaiting} is the year whose calendar it waits for. */
    private record Standing(boolean overdue, boolean dueSoon, Integer awaiting) {
    }

    private final ApplicationDeadlines deadlines;
    private final Map<String, Standing> open = new HashMap<>();

    ClockTally(ApplicationDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** A tally of these open applications. */
    static ClockTally of(ApplicationDeadlines deadlines, Collection<OpenApplication> open) {
        ClockTally tally = new ClockTally(deadlines);
        open.forEach(tally::put);
        return tally;
    }

    /** A copy in which the applications {@code changed} stand as {@code nowOpen} says: open there, or no longer. */
    ClockTally with(Collection<String> changed, Collection<OpenApplication> nowOpen) {
        ClockTally next = new ClockTally(deadlines);
        next.open.putAll(open);
        changed.forEach(next.open::remove);
        nowOpen.forEach(next::put);
        return next;
    }

    private void put(OpenApplication application) {
        open.put(application.applicationId(), new Standing(deadlines.isOverdue(application),
                deadlines.isDueSoon(application), application.awaitingCalendar()));
    }

    DashboardCounts.ClockCounts counts() {
        long overdue = 0;
        long dueSoon = 0;
        long awaiting = 0;
        Integer calendarYear = null;
        for (Standing standing : open.values()) {
            overdue += standing.overdue() ? 1 : 0;
            dueSoon += standing.dueSoon() ? 1 : 0;
            if (standing.awaiting() != null) {
                awaiting++;
                calendarYear = calendarYear == null ? standing.awaiting() : Math.min(calendarYear, standing.awaiting());
            }
        }
        return new DashboardCounts.ClockCounts(overdue, dueSoon, awaiting, calendarYear);
    }
}
