package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.AggregateTargetResolver;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.hamcrest.Matchers.containsString;

/** Documents, opening balances and tallies of decisions. */
class ProactiveAggregatesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T02:00:00Z"), ZoneOffset.UTC);
    static final OrganId ORGAN = OrganId.of("organ-1");
    static final DocumentId DOC = DocumentId.of("巨政办规〔2025〕1号");
    static final LocalDate ISSUED = LocalDate.of(2025, 3, 6);

    static <T> FixtureConfiguration<T> fixture(Class<T> aggregate) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandTargetResolver(new AggregateTargetResolver());
        return fixture;
    }

    @Nested
    class Documents {
        final FixtureConfiguration<DocumentAggregate> fixture = fixture(DocumentAggregate.class);
        final DocumentIssued issued = new DocumentIssued(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT, ISSUED);

        @Test
        void an_issued_document_is_repealed_with_its_own_kind() {
            fixture.given(issued).when(new RepealDocument(ORGAN, DOC, null, ISSUED.plusMonths(6)))
                    .expectEvents(new DocumentRepealed(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT,
                            ISSUED.plusMonths(6)));
        }

        @Test
        void a_document_of_the_opening_stock_needs_its_kind_to_be_repealed() {
            fixture.givenNoPriorActivity().when(new RepealDocument(ORGAN, DOC, null, ISSUED))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("must give data.kind"));
        }

        @Test
        void a_repeal_before_the_issue_or_of_another_kind_is_refused() {
            fixture.given(issued).when(new RepealDocument(ORGAN, DOC, null, ISSUED.minusDays(1)))
                    .expectException(RuleViolation.class);
            fixture.given(issued).when(new RepealDocument(ORGAN, DOC, DocumentKind.REGULATION, ISSUED.plusDays(1)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("is a NORMATIVE_DOCUMENT"));
        }

        @Test
        void issuing_again_with_other_facts_is_a_conflict() {
            fixture.given(issued).when(new IssueDocument(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT, ISSUED))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
            fixture.given(issued).when(new IssueDocument(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT,
                            ISSUED.plusDays(1)))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class OpeningBalances {
        final FixtureConfiguration<DocumentStockAggregate> fixture = fixture(DocumentStockAggregate.class);
        final LocalDate yearEnd = LocalDate.of(2024, 12, 31);

        @Test
        void a_balance_is_declared_and_a_new_figure_for_the_same_day_supersedes_it() {
            DocumentStockDeclared declared = new DocumentStockDeclared(ORGAN, DocumentKind.NORMATIVE_DOCUMENT, 68,
                    yearEnd);
            fixture.given(declared).when(new DeclareStock(ORGAN, DocumentKind.NORMATIVE_DOCUMENT, 68, yearEnd))
                    .expectNoEvents();
            fixture.given(declared).when(new DeclareStock(ORGAN, DocumentKind.NORMATIVE_DOCUMENT, 67, yearEnd))
                    .expectEvents(new DocumentStockDeclared(ORGAN, DocumentKind.NORMATIVE_DOCUMENT, 67, yearEnd));
        }

        @Test
        void a_negative_balance_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new DeclareStock(ORGAN, DocumentKind.REGULATION, -1, yearEnd))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class Tallies {
        final FixtureConfiguration<RecordedFactAggregate> fixture = fixture(RecordedFactAggregate.class);

        @Test
        void a_tally_is_recorded_once_under_its_name() {
            fixture.givenNoPriorActivity()
                    .when(new RecordDecisions(ORGAN, "fact-1", DecisionKind.PENALTY, ISSUED, 3))
                    .expectEvents(new DecisionsRecorded(ORGAN, DecisionKind.PENALTY, ISSUED, 3));
            fixture.given(new DecisionsRecorded(ORGAN, DecisionKind.PENALTY, ISSUED, 3))
                    .when(new RecordDecisions(ORGAN, "fact-1", DecisionKind.PENALTY, ISSUED, 4))
                    .expectException(RuleViolation.class);
        }

        @Test
        void a_tally_of_no_decisions_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordDecisions(ORGAN, "fact-2", DecisionKind.LICENSING, ISSUED, 0))
                    .expectException(RuleViolation.class);
        }
    }
}
