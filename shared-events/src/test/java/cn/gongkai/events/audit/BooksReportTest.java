package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.ApplicationGroup;
import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.CarryOverContradiction;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ReportAssembler;
import cn.gongkai.events.report.ReportFacts;
import cn.gongkai.events.calendar.ReportingYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static cn.gongkai.events.audit.GeneratedHistory.ORGAN;
import static org.assertj.core.api.Assertions.assertThat;

/** The books' report is the one assembler's, from the facts the books fold, whatever source handed them over. */
class BooksReportTest {

    static final ReportingYear YEAR = ReportingYear.of(2024);
    static final CaseCountingRule RULE = CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END;

    @Test
    void given_generated_histories_when_reported_then_applications_counted_in_groups_equal_one_by_one() {
        for (long seed = 1; seed <= 25; seed++) {
            // given a generated history folded into books
            Books books = Books.fold(GeneratedHistory.events(new Random(seed), 400));
            List<ApplicationFact> facts = books.receivedApplications().stream().map(i -> i.fact().fact()).toList();

            for (int year = 2024; year <= 2026; year++) {
                // when its report is assembled
                AssembledReport report = books.report(ReportingYear.of(year), RULE, ORGAN.value());

                // then table 三 is what counting every application on its own gives
                assertThat(report.tables().applications()).as("seed " + seed + ", " + year)
                        .isEqualTo(ApplicationCounting.tally(ReportingYear.of(year), facts));
            }
        }
    }

    @Test
    void given_a_carry_over_contradicted_by_a_later_decision_when_assembled_from_either_source_then_the_same_warning() {
        // given an application received in 2024, carried over at its end, then recorded as decided within it
        ApplicationId id = new ApplicationId("A-7");
        LocalDate received = LocalDate.of(2024, 12, 20);
        LocalDate decided = LocalDate.of(2024, 12, 30);
        Books books = Books.fold(List.of(
                event(0, new ApplicationReceived(ORGAN, id, ApplicantType.NATURAL_PERSON, received, Channel.ONLINE,
                        null)),
                event(1, new ApplicationCarriedOver(ORGAN, id, YEAR)),
                event(2, new ApplicationDecided(ORGAN, id, decided, Outcome.DISCLOSED))));

        // and the same facts as the live read models hand them over
        ReportFacts live = new ReportFacts(
                List.of(ApplicationGroup.of(new ApplicationFact(ApplicantType.NATURAL_PERSON, received, decided,
                        Outcome.DISCLOSED))), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new CarryOverContradiction(ORGAN.value(), id.value(),
                ApplicantType.NATURAL_PERSON, decided)), Map.of());

        // when both are assembled
        AssembledReport fromEvents = books.report(YEAR, RULE, ORGAN.value());
        AssembledReport fromReadModels = ReportAssembler.assemble(YEAR, RULE, live);

        // then they are one report, warning of the contradicted carry-over
        assertThat(fromEvents).isEqualTo(fromReadModels);
        assertThat(fromEvents.findings()).extracting(Finding::rule).contains(ConsistencyRules.CARRY_OVER_CONTRADICTED);
    }

    private static AuditedEvent event(long position, Object data) {
        return new AuditedEvent(position, "e-" + position, "t", Instant.ofEpochSecond(1_700_000_000L + position),
                "/s", "c-" + position, data);
    }
}
