package cn.gongkai.query.dashboard;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.CaseCounting;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.CaseFact;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.query.dashboard.DashboardCounts.CaseCounts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's tiles are the report's cells, read off tables tallied by the report's own rules. */
class DashboardTilesTest {

    static final ReportingYear YEAR = ReportingYear.of(2025);

    @Test
    void given_a_years_applications_when_tallied_then_each_tile_is_the_cell_it_stands_for() {
        // given
        List<ApplicationFact> applications = List.of(
                decided(ApplicantType.NATURAL_PERSON, "2025-02-01", "2025-02-10", Outcome.DISCLOSED),
                decided(ApplicantType.COMMERCIAL_ENTERPRISE, "2025-03-01", "2025-03-20", Outcome.WITHHELD_STATE_SECRET),
                decided(ApplicantType.NATURAL_PERSON, "2025-04-01", "2025-04-05", Outcome.WITHHELD_INTERNAL_AFFAIRS),
                // received last year, decided this year: row 二 and a result of this year
                decided(ApplicantType.NATURAL_PERSON, "2024-12-20", "2025-01-10", Outcome.DISCLOSED),
                // decided last year: not this year's at all
                decided(ApplicantType.NATURAL_PERSON, "2024-05-01", "2024-05-10", Outcome.NOT_PROCESSED_REPEATED),
                // open at the year's end, one of them decided next year: row 四
                ApplicationFact.open(ApplicantType.RESEARCH_INSTITUTION, LocalDate.parse("2025-12-01")),
                decided(ApplicantType.NATURAL_PERSON, "2025-06-01", "2026-01-05", Outcome.DISCLOSED));

        // when
        DashboardTiles tiles = DashboardTiles.of(ApplicationCounting.tally(YEAR, applications),
                CaseCounting.tally(YEAR, CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END, List.of()));

        // then
        assertThat(tiles.received()).isEqualTo(5);
        assertThat(tiles.carriedOver()).isEqualTo(1);
        assertThat(tiles.decided()).isEqualTo(4);
        assertThat(tiles.decidedByGroup()).containsExactly(
                Map.entry("DISCLOSED", 2L), Map.entry("PARTIALLY_DISCLOSED", 0L),
                Map.entry("WITHHELD", 2L), Map.entry("UNAVAILABLE", 0L),
                Map.entry("NOT_PROCESSED", 0L), Map.entry("OTHER", 0L));
        assertThat(tiles.open()).isEqualTo(2);
        assertThat(tiles.reviews()).isEqualTo(new CaseCounts(0, 0));
    }

    @Test
    void given_reviews_and_lawsuits_when_tallied_then_lawsuits_direct_and_after_review_are_one_tile() {
        // given
        List<CaseFact> cases = List.of(
                new CaseFact(CaseKind.REVIEW, false, day("2025-03-01"), day("2025-05-01"), CaseResult.UPHELD),
                new CaseFact(CaseKind.REVIEW, false, day("2025-11-01"), null, null),
                new CaseFact(CaseKind.LAWSUIT, false, day("2025-04-01"), day("2025-06-01"), CaseResult.CORRECTED),
                new CaseFact(CaseKind.LAWSUIT, true, day("2025-07-01"), null, null),
                // concluded before the year: not counted
                new CaseFact(CaseKind.LAWSUIT, true, day("2024-01-01"), day("2024-09-01"), CaseResult.OTHER));

        // when
        DashboardTiles tiles = DashboardTiles.of(ApplicationCounting.tally(YEAR, List.of()),
                CaseCounting.tally(YEAR, CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END, cases));

        // then
        assertThat(tiles.reviews()).isEqualTo(new CaseCounts(2, 1));
        assertThat(tiles.lawsuits()).isEqualTo(new CaseCounts(2, 1));
        assertThat(tiles.received()).isZero();
        assertThat(tiles.decidedByGroup().values()).allMatch(count -> count == 0);
    }

    private static ApplicationFact decided(ApplicantType type, String received, String decided, Outcome outcome) {
        return new ApplicationFact(type, day(received), day(decided), outcome);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
