package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.AggregateTargetResolver;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.narrative.ReportPublished;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

/** The report's prose and its publication. */
class ReportTextAggregatesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneOffset.UTC);
    static final OrganId ORGAN = OrganId.of("organ-1");
    static final ReportingYear Y2025 = ReportingYear.of(2025);

    static <T> FixtureConfiguration<T> fixture(Class<T> aggregate) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandTargetResolver(new AggregateTargetResolver());
        return fixture;
    }

    @Nested
    class Narrative {
        final FixtureConfiguration<NarrativeAggregate> fixture = fixture(NarrativeAggregate.class);

        @Test
        void a_section_is_written_and_the_same_text_again_changes_nothing() {
            fixture.givenNoPriorActivity()
                    .when(new WriteNarrative(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请16件。"))
                    .expectEvents(new NarrativeWritten(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请16件。"));
            fixture.given(new NarrativeWritten(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请16件。"))
                    .when(new WriteNarrative(ORGAN, Y2025, NarrativeSection.OVERVIEW, "全年受理申请16件。"))
                    .expectNoEvents();
        }

        @Test
        void a_section_of_a_year_not_begun_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new WriteNarrative(ORGAN, ReportingYear.of(2027), NarrativeSection.OVERVIEW, "…"))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class Publication {
        final FixtureConfiguration<PublicationAggregate> fixture = fixture(PublicationAggregate.class);
        final Map<String, Map<String, Map<String, String>>> figures =
                Map.of("applications", Map.of("RECEIVED", Map.of("TOTAL", "16")));
        final LocalDate today = LocalDate.of(2026, 1, 20);

        @Test
        void a_report_is_published_once_per_digest() {
            fixture.givenNoPriorActivity()
                    .when(new PublishReport(ORGAN, Y2025, "self", today, 63, "a".repeat(64), figures))
                    .expectEvents(new ReportPublished(ORGAN, Y2025, "self", today, 63, "a".repeat(64), figures));
            fixture.given(new ReportPublished(ORGAN, Y2025, "self", today, 63, "a".repeat(64), figures))
                    .when(new PublishReport(ORGAN, Y2025, "self", today, 63, "a".repeat(64), figures))
                    .expectNoEvents();
        }

        @Test
        void a_year_is_published_only_after_it_ends() {
            fixture.givenNoPriorActivity()
                    .when(new PublishReport(ORGAN, ReportingYear.of(2026), "self", today, 63, "a".repeat(64), figures))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("from 1 January 2027"));
        }
    }
}
