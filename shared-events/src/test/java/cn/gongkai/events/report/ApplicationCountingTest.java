package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of table 三 at the year boundaries: given applications, then the year's rows. */
class ApplicationCountingTest {

    static final ReportingYear Y2025 = ReportingYear.of(2025);
    static final ApplicantType PERSON = ApplicantType.NATURAL_PERSON;

    static ApplicationFact decided(String received, String decided, Outcome outcome) {
        return new ApplicationFact(PERSON, LocalDate.parse(received), LocalDate.parse(decided), outcome);
    }

    static long cell(ApplicationsTable table, ApplicationRow row) {
        return table.cell(row, ApplicationColumn.NATURAL_PERSON);
    }

    @Test
    void received_and_decided_within_the_year_counts_in_one_and_three_only() {
        ApplicationsTable table = ApplicationCounting.tally(Y2025,
                List.of(decided("2025-01-01", "2025-12-31", Outcome.DISCLOSED)));

        assertThat(cell(table, ApplicationRow.RECEIVED)).isEqualTo(1);
        assertThat(cell(table, ApplicationRow.DISCLOSED)).isEqualTo(1);
        assertThat(cell(table, ApplicationRow.RESULT_TOTAL)).isEqualTo(1);
        assertThat(cell(table, ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR)).isZero();
        assertThat(cell(table, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR)).isZero();
    }

    @Test
    void received_on_the_last_day_and_decided_on_new_years_day_is_carried_over() {
        ApplicationFact fact = decided("2025-12-31", "2026-01-01", Outcome.DISCLOSED);

        ApplicationsTable y2025 = ApplicationCounting.tally(Y2025, List.of(fact));
        ApplicationsTable y2026 = ApplicationCounting.tally(ReportingYear.of(2026), List.of(fact));

        assertThat(cell(y2025, ApplicationRow.RECEIVED)).isEqualTo(1);
        assertThat(cell(y2025, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR)).isEqualTo(1);
        assertThat(cell(y2026, ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR)).isEqualTo(1);
        assertThat(cell(y2026, ApplicationRow.DISCLOSED)).isEqualTo(1);
        assertThat(cell(y2026, ApplicationRow.RECEIVED)).isZero();
    }

    @Test
    void an_application_open_for_years_is_carried_in_and_out_of_each() {
        ApplicationFact open = ApplicationFact.open(PERSON, LocalDate.parse("2023-06-01"));

        ApplicationsTable table = ApplicationCounting.tally(Y2025, List.of(open));

        assertThat(cell(table, ApplicationRow.CARRIED_OVER_FROM_LAST_YEAR)).isEqualTo(1);
        assertThat(cell(table, ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR)).isEqualTo(1);
        assertThat(cell(table, ApplicationRow.RECEIVED)).isZero();
    }

    @Test
    void totals_are_sums_of_columns_and_of_result_rows() {
        ApplicationsTable table = ApplicationCounting.tally(Y2025, List.of(
                decided("2025-02-01", "2025-02-20", Outcome.DISCLOSED),
                new ApplicationFact(ApplicantType.LEGAL_SERVICE_INSTITUTION, LocalDate.parse("2025-03-01"),
                        LocalDate.parse("2025-03-09"), Outcome.NOT_PROCESSED_REPEATED),
                ApplicationFact.open(ApplicantType.COMMERCIAL_ENTERPRISE, LocalDate.parse("2025-12-01"))));

        assertThat(table.cell(ApplicationRow.RECEIVED, ApplicationColumn.TOTAL)).isEqualTo(3);
        assertThat(table.cell(ApplicationRow.RESULT_TOTAL, ApplicationColumn.TOTAL)).isEqualTo(2);
        assertThat(table.cell(ApplicationRow.NOT_PROCESSED_REPEATED, ApplicationColumn.TOTAL)).isEqualTo(1);
        assertThat(table.cell(ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR, ApplicationColumn.COMMERCIAL_ENTERPRISE))
                .isEqualTo(1);
        assertThat(ConsistencyRules.check(table)).isEmpty();
    }

    @Test
    void groups_of_applications_tally_as_the_applications_one_by_one() {
        // given random applications over four years, many alike
        java.util.Random random = new java.util.Random(7);
        List<ApplicationFact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            LocalDate received = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(4 * 365));
            ApplicantType type = ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
            facts.add(random.nextInt(4) == 0 ? ApplicationFact.open(type, received)
                    : new ApplicationFact(type, received, received.plusDays(random.nextInt(400)),
                    Outcome.values()[random.nextInt(Outcome.values().length)]));
        }
        // when they are grouped as the counters keep them
        java.util.Map<ApplicationGroup, Long> counted = new java.util.HashMap<>();
        facts.forEach(f -> counted.merge(ApplicationGroup.of(f), 1L, Long::sum));
        List<ApplicationGroup> groups = counted.entrySet().stream().map(e -> new ApplicationGroup(
                e.getKey().applicantType(), e.getKey().receivedYear(), e.getKey().decidedYear(),
                e.getKey().outcome(), e.getValue())).toList();

        // then every year's table is the same either way
        for (int year = 2022; year <= 2026; year++) {
            ReportingYear reporting = ReportingYear.of(year);
            assertThat(ApplicationCounting.tallyGroups(reporting, groups))
                    .isEqualTo(ApplicationCounting.tally(reporting, facts));
        }
        assertThat(groups.size()).isLessThan(facts.size() / 2);
    }
}
