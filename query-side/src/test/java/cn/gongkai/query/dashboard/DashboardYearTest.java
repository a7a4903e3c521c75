package cn.gongkai.query.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardYearTest {

    static final LocalDate IN_2026 = LocalDate.of(2026, 3, 1);

    @Test
    void given_no_year_asked_when_resolved_then_the_latest_year_with_data_up_to_the_current_one() {
        assertThat(DashboardYear.latestWithData().resolve(IN_2026, List.of(2024, 2025)).value()).isEqualTo(2025);
        assertThat(DashboardYear.latestWithData().resolve(IN_2026, List.of(2025, 2026)).value()).isEqualTo(2026);
        // A decision recorded with a date in a later year does not move the dashboard past today's year.
        assertThat(DashboardYear.latestWithData().resolve(IN_2026, List.of(2025, 2027)).value()).isEqualTo(2025);
    }

    @Test
    void given_no_data_when_resolved_then_the_current_year() {
        assertThat(DashboardYear.latestWithData().resolve(IN_2026, List.of()).value()).isEqualTo(2026);
    }

    @Test
    void given_the_current_year_asked_for_when_resolved_then_it_whatever_the_data() {
        assertThat(DashboardYear.currentYear().resolve(IN_2026, List.of(2024)).value()).isEqualTo(2026);
    }

    @Test
    void given_a_year_asked_for_when_resolved_then_that_year_if_it_has_begun() {
        assertThat(DashboardYear.asked(2019).resolve(IN_2026, List.of(2025)).value()).isEqualTo(2019);
        assertThatThrownBy(() -> DashboardYear.asked(2027).resolve(IN_2026, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the current year 2026");
        assertThatThrownBy(() -> DashboardYear.asked(2007)).isInstanceOf(IllegalArgumentException.class);
    }
}
