package cn.gongkai.query.dashboard;

import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;
import java.util.List;

/**
 * Which year the dashboard counts: the one asked for ({@code ?year=}), the current one, or, when none is asked for,
 * the latest year the covered organs have data in (so the January after a year end, and a sample of a past year, show
 * figures rather than zeros). Never a year after the current one.
 */
public record DashboardYear(Integer asked, boolean current) {

    /** No year asked for: the latest with data, or the current year when there is none. */
    public static DashboardYear latestWithData() {
        return new DashboardYear(null, false);
    }

    /** The current year, whatever the data (the business gauges count it). */
    public static DashboardYear currentYear() {
        return new DashboardYear(null, true);
    }

    /** The year asked for; refused when it is not a reporting year or lies after the current one. */
    public static DashboardYear asked(int year) {
        ReportingYear.of(year);
        return new DashboardYear(year, false);
    }

    /** Whether the years with data are read: not for the current year, whatever the data (the gauges' hot path). */
    boolean needsYears() {
        return !current;
    }

    /** The year to count, on {@code today}, given the years with data (ascending). */
    ReportingYear resolve(LocalDate today, List<Integer> yearsWithData) {
        int thisYear = today.getYear();
        if (asked != null) {
            if (asked > thisYear) {
                throw new IllegalArgumentException("'year' must not be after the current year " + thisYear
                        + ", not " + asked);
            }
            return ReportingYear.of(asked);
        }
        if (current) {
            return ReportingYear.of(thisYear);
        }
        return ReportingYear.of(yearsWithData.stream().filter(year -> year <= thisYear)
                .reduce((earlier, later) -> later).orElse(thisYear));
    }
}
