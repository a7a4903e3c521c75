package cn.gongkai.events.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped calendars against the State Council's notices, and the statutory clock on them. */
class WorkingCalendarTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.shipped();

    static boolean works(String day) {
        return CALENDAR.isWorkingDay(LocalDate.parse(day));
    }

    @Test
    void spring_festival_2025_is_off_and_its_adjusted_weekend_days_are_worked() {
        assertThat(LocalDate.parse("2025-01-28").datesUntil(LocalDate.parse("2025-02-05")))
                .noneMatch(CALENDAR::isWorkingDay);
        assertThat(works("2025-01-26")).as("Sunday worked").isTrue();
        assertThat(works("2025-02-08")).as("Saturday worked").isTrue();
        assertThat(works("2025-02-05")).isTrue();
    }

    @Test
    void national_day_2025_and_its_adjustments() {
        assertThat(LocalDate.parse("2025-10-01").datesUntil(LocalDate.parse("2025-10-09")))
                .noneMatch(CALENDAR::isWorkingDay);
        assertThat(works("2025-09-28")).isTrue();
        assertThat(works("2025-10-11")).isTrue();
        assertThat(works("2025-10-12")).as("an ordinary Sunday").isFalse();
    }

    @Test
    void the_2024_and_2026_holidays_are_known() {
        assertThat(works("2024-02-12")).as("Spring Festival 2024").isFalse();
        assertThat(works("2024-02-18")).as("Sunday worked after it").isTrue();
        assertThat(works("2024-05-11")).as("Saturday worked after Labour Day").isTrue();
        assertThat(works("2026-02-20")).as("Spring Festival 2026").isFalse();
        assertThat(works("2026-01-04")).as("Sunday worked after New Year").isTrue();
        assertThat(works("2026-10-10")).as("Saturday worked after National Day").isTrue();
    }

    @Test
    void a_year_without_a_calendar_is_refused_not_guessed() {
        assertThatThrownBy(() -> works("2027-03-03")).isInstanceOf(UnknownCalendarYear.class)
                .hasMessageContaining("2027");
    }

    @Test
    void a_file_in_the_calendar_directory_adds_or_replaces_a_year(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("cn-2027.txt"), "version 2027-test\nholiday 2027-01-01 元旦\n");

        WorkingCalendar calendar = WorkingCalendar.load(directory);

        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();
        assertThat(calendar.versions()).containsEntry(2027, "2027-test").containsEntry(2025, "2025-1");
    }

    @Test
    void twenty_working_days_from_a_receipt_before_the_spring_festival() {
        StatutoryClock.Deadline deadline = StatutoryClock.of(new StatutoryClock.Facts(LocalDate.parse("2025-01-20"),
                null, null, 0, List.of(), null, null), CALENDAR);

        // 01-21..01-24 (4), 01-26 (1), 01-27 (1), then 02-05..02-07 (3), 02-08 (1), 02-10..02-14 (5),
        // 02-17..02-21 (5): the 20th working day is 2025-02-21.
        assertThat(deadline).isEqualTo(new StatutoryClock.Deadline(StatutoryClock.State.RUNNING,
                LocalDate.parse("2025-02-21")));
    }

    @Test
    void a_correction_restarts_the_clock_and_a_consultation_and_an_extension_move_it() {
        LocalDate received = LocalDate.parse("2025-03-03");
        StatutoryClock.Facts corrected = new StatutoryClock.Facts(received, received.plusDays(2),
                LocalDate.parse("2025-03-10"), 0, List.of(), null, null);
        StatutoryClock.Facts consulted = new StatutoryClock.Facts(received, null, null, 5,
                List.of(new StatutoryClock.Consultation(LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-11"))),
                null, null);

        assertThat(StatutoryClock.of(corrected, CALENDAR).dueOn()).isEqualTo("2025-04-08");
        // 25 working days from 03-03: 03-04, 03-05, then (03-06..03-11 skipped) 03-12..03-14, 03-17..03-21,
        // 03-24..03-28, 03-31..04-03 (19), 清明 04-04 off, then 04-07..04-11 (24) and 04-14, the 25th.
        assertThat(StatutoryClock.of(consulted, CALENDAR).dueOn()).isEqualTo("2025-04-14");
        assertThat(StatutoryClock.of(new StatutoryClock.Facts(received, received.plusDays(1), null, 0, List.of(),
                null, null), CALENDAR).state()).isEqualTo(StatutoryClock.State.AWAITING_CORRECTION);
    }

    @Test
    void a_deadline_running_into_a_year_without_calendar_names_that_year_instead_of_failing() {
        // 2026-12-03..12-31 hold 21 working days: received on 12-02 the 20th is 12-30; on 12-04 it lies in 2027.
        StatutoryClock.Facts inTime = new StatutoryClock.Facts(LocalDate.parse("2026-12-02"), null, null, 0,
                List.of(), null, null);
        StatutoryClock.Facts intoNextYear = new StatutoryClock.Facts(LocalDate.parse("2026-12-04"), null, null, 0,
                List.of(), null, null);

        assertThat(StatutoryClock.of(inTime, CALENDAR)).isEqualTo(new StatutoryClock.Deadline(
                StatutoryClock.State.RUNNING, LocalDate.parse("2026-12-30")));
        assertThat(StatutoryClock.of(intoNextYear, CALENDAR)).isEqualTo(new StatutoryClock.Deadline(
                StatutoryClock.State.RUNNING, null, 2027));
    }

    @Test
    void working_days_between_any_two_days_equal_a_count_day_by_day() {
        WorkingCalendar calendar = WorkingCalendar.shipped();
        java.util.Random random = new java.util.Random(7);
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = first.plusDays(random.nextInt(1096));
            LocalDate to = from.plusDays(random.nextInt(400) - 30);
            if (to.getYear() > 2026) {
                continue;
            }
            int dayByDay = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                dayByDay += calendar.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(from, to)).as("%s .. %s", from, to).isEqualTo(dayByDay);
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))
                        + calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)))
                .isInstanceOf(UnknownCalendarYear.class);
    }
}
