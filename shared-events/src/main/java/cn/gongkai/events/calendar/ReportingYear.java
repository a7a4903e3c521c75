package cn.gongkai.events.calendar;

import cn.gongkai.events.BusinessTime;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Clock;
import java.time.LocalDate;

/** A statistical year: 1 January to 31 December, local dates in Asia/Shanghai. */
public record ReportingYear(@JsonValue int value) {

    public static final int FIRST = 2008;
    public static final int LAST = 2100;

    public ReportingYear {
        if (value < FIRST || value > LAST) {
            throw new IllegalArgumentException("year must be between " + FIRST + " and " + LAST);
        }
    }

    @JsonCreator
    public static ReportingYear of(int value) {
        return new ReportingYear(value);
    }

    /** 1 January of this year: the first day that counts in it. */
    public LocalDate firstDay() {
        return LocalDate.of(value, 1, 1);
    }

    /** 1 January of the next year: the first day that no longer counts in it. */
    public LocalDate nextYearFirstDay() {
        return LocalDate.of(value + 1, 1, 1);
    }

    /** Whether the year is over on {@code day}: from 1 January of the next year on. */
    public boolean hasEndedBy(LocalDate day) {
        return !day.isBefore(nextYearFirstDay());
    }

    /** Whether the year is over today, a year ending at local midnight in Asia/Shanghai. */
    public boolean hasEndedBy(Clock clock) {
        return hasEndedBy(BusinessTime.today(clock));
    }

    public boolean contains(LocalDate day) {
        return day != null && day.getYear() == value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
