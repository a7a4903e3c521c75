package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.DeciderSpec;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.narrative.ReportPublished;
import cn.gongkai.events.organ.OrganId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

/** A report's publications, without Axon: once its year has ended, once per digest and position. */
class PublicationDeciderTest {

    static final OrganId ORGAN = OrganId.of("organ-1");
    static final ReportingYear Y2025 = ReportingYear.of(2025);
    static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    static final Map<String, Map<String, Map<String, String>>> FIGURES =
            Map.of("applications", Map.of("RECEIVED", Map.of("TOTAL", "16")));

    final DeciderSpec<PublishReport, ReportPublished, ReportPublished> spec =
            DeciderSpec.of(PublicationDecider.INSTANCE, TODAY);

    static PublishReport publish(ReportingYear year, LocalDate on, long position, String digest) {
        return new PublishReport(ORGAN, year, "self", on, position, digest, FIGURES);
    }

    static ReportPublished published(LocalDate on, long position, String digest) {
        return new ReportPublished(ORGAN, Y2025, "self", on, position, digest, FIGURES);
    }

    @Test
    void a_restated_report_is_published_anew_and_the_latest_publication_again_changes_nothing() {
        ReportPublished first = published(TODAY.minusDays(5), 63, "a".repeat(64));
        ReportPublished restated = published(TODAY, 70, "b".repeat(64));
        spec.given(first).when(publish(Y2025, TODAY, 70, "b".repeat(64))).then(restated);
        spec.given(first, restated).when(publish(Y2025, TODAY, 70, "b".repeat(64))).thenNothing();
    }

    @Test
    void a_year_is_published_from_the_first_day_of_the_next() {
        spec.givenNoEvents().when(publish(Y2025, LocalDate.of(2026, 1, 1), 63, "a".repeat(64)))
                .then(published(LocalDate.of(2026, 1, 1), 63, "a".repeat(64)));
        spec.givenNoEvents().when(publish(Y2025, LocalDate.of(2025, 12, 31), 63, "a".repeat(64)))
                .thenRefused("YEAR_NOT_ENDED", true, "the report for 2025 can be published from 1 January 2026");
    }

    @Test
    void a_publication_dated_after_today_is_refused_by_the_shared_date_rule() {
        spec.givenNoEvents().when(publish(Y2025, TODAY.plusDays(1), 63, "a".repeat(64)))
                .thenRefused("FUTURE_DATE", false, "the report for 2025 of organ organ-1 cannot be dated "
                        + "2026-01-21, after today (2026-01-20, Asia/Shanghai)");
    }
}
