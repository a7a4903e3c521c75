package cn.gongkai.events.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A year ends at local midnight in Asia/Shanghai: the one rule publication and the year close both ask. */
class ReportingYearTest {

    static final ReportingYear Y2025 = ReportingYear.of(2025);

    @Test
    void a_year_has_ended_by_the_first_day_of_the_next_and_not_on_its_last() {
        assertThat(Y2025.hasEndedBy(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(Y2025.hasEndedBy(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(Y2025.hasEndedBy(LocalDate.of(2031, 6, 1))).isTrue();
    }

    @Test
    void by_a_clock_the_year_ends_at_midnight_in_shanghai_not_in_utc() {
        Clock beforeMidnight = Clock.fixed(Instant.parse("2025-12-31T15:59:59Z"), ZoneOffset.UTC);
        Clock atMidnight = Clock.fixed(Instant.parse("2025-12-31T16:00:00Z"), ZoneOffset.UTC);
        assertThat(Y2025.hasEndedBy(beforeMidnight)).isFalse();
        assertThat(Y2025.hasEndedBy(atMidnight)).isTrue();
    }
}
