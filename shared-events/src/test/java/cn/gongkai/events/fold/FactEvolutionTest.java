package cn.gongkai.events.fold;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.CorrectionRequested;
import cn.gongkai.events.application.DeadlineSet;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.proactive.ProactiveEvent;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.CaseFact;
import cn.gongkai.events.report.DocumentFact;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseEvent;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one fold of facts: each stream's evolve function, fed every event its stream can hold. */
class FactEvolutionTest {

    static final OrganId ORGAN = new OrganId("county-office");
    static final ApplicationId APPLICATION = new ApplicationId("A-1");
    static final CaseId CASE = new CaseId("K-1");
    static final DocumentId DOCUMENT = new DocumentId("D-1");
    static final LocalDate RECEIVED = LocalDate.of(2024, 12, 20);
    static final LocalDate DECIDED = LocalDate.of(2025, 1, 10);

    /** One event of every type the application stream holds, in an order the service accepts. */
    static final List<ApplicationEvent> APPLICATION_EVENTS = List.of(
            new ApplicationReceived(ORGAN, APPLICATION, ApplicantType.NATURAL_PERSON, RECEIVED, Channel.ONLINE, null),
            new ApplicantTypeCorrected(ORGAN, APPLICATION, ApplicantType.COMMERCIAL_ENTERPRISE, RECEIVED),
            new CorrectionRequested(ORGAN, APPLICATION, RECEIVED.plusDays(1)),
            new ApplicationCorrected(ORGAN, APPLICATION, RECEIVED.plusDays(2)),
            new ApplicationExtended(ORGAN, APPLICATION, RECEIVED.plusDays(3), 20),
            new ConsultationStarted(ORGAN, APPLICATION, RECEIVED.plusDays(4)),
            new ConsultationEnded(ORGAN, APPLICATION, RECEIVED.plusDays(5)),
            new DeadlineSet(ORGAN, APPLICATION, RECEIVED.plusDays(5), RECEIVED.plusDays(40)),
            new ApplicationCarriedOver(ORGAN, APPLICATION, ReportingYear.of(2024)),
            new ProcessingFeeCharged(ORGAN, APPLICATION, RECEIVED.plusDays(6), new BigDecimal("120.00")),
            new ProcessingFeePaid(ORGAN, APPLICATION, RECEIVED.plusDays(7), new BigDecimal("120.00")),
            new ApplicationDecided(ORGAN, APPLICATION, DECIDED, Outcome.DISCLOSED));

    static final List<CaseEvent> CASE_EVENTS = List.of(
            new ReviewFiled(ORGAN, CASE, DECIDED.plusDays(10), APPLICATION),
            new ReviewConcluded(ORGAN, CASE, DECIDED.plusDays(50), CaseResult.UPHELD),
            new LawsuitFiled(ORGAN, CASE, DECIDED.plusDays(60), true, APPLICATION),
            new LawsuitConcluded(ORGAN, CASE, DECIDED.plusDays(90), CaseResult.CORRECTED));

    static final List<ProactiveEvent> PROACTIVE_EVENTS = List.of(
            new DocumentIssued(ORGAN, DOCUMENT, DocumentKind.REGULATION, RECEIVED),
            new DocumentStockDeclared(ORGAN, DocumentKind.REGULATION, 12, RECEIVED),
            new DecisionsRecorded(ORGAN, DecisionKind.LICENSING, RECEIVED, 3),
            new FeeCollected(ORGAN, RECEIVED, new BigDecimal("50.00")),
            new DocumentRepealed(ORGAN, DOCUMENT, DocumentKind.REGULATION, DECIDED));

    @Test
    void every_event_type_of_each_stream_is_fed_to_its_evolve_function() {
        assertThat(APPLICATION_EVENTS).extracting(Object::getClass).containsExactlyInAnyOrder(
                ApplicationEvent.class.getPermittedSubclasses());
        assertThat(CASE_EVENTS).extracting(Object::getClass).containsExactlyInAnyOrder(
                CaseEvent.class.getPermittedSubclasses());
        assertThat(PROACTIVE_EVENTS).extracting(Object::getClass).containsExactlyInAnyOrder(
                ProactiveEvent.class.getPermittedSubclasses());
    }

    @Test
    void an_application_is_its_category_receipt_and_decision_whatever_else_happened_to_it() {
        // given no event yet
        ApplicationState state = ApplicationState.NONE;

        // when every event of its life is folded
        for (ApplicationEvent event : APPLICATION_EVENTS) {
            state = state.evolve(event);
        }

        // then the fact is the corrected category, the receipt and the decision
        assertThat(state.fact()).isEqualTo(new ApplicationFact(ApplicantType.COMMERCIAL_ENTERPRISE, RECEIVED, DECIDED,
                Outcome.DISCLOSED));
    }

    @Test
    void events_table_three_does_not_read_leave_the_application_as_it_was() {
        // given a received application
        ApplicationState received = ApplicationState.NONE.evolve(APPLICATION_EVENTS.get(0));

        // when an event of its clock, carry-over or fees is folded, then it is the very same state
        for (ApplicationEvent event : APPLICATION_EVENTS.subList(2, 11)) {
            assertThat(received.evolve(event)).as(event.getClass().getSimpleName()).isSameAs(received);
        }
    }

    @Test
    void a_decision_recorded_before_the_receipt_is_kept_when_the_receipt_arrives() {
        // given a decision folded before any receipt
        ApplicationState decided = ApplicationState.NONE.evolve(APPLICATION_EVENTS.get(11));

        // when the receipt is folded
        ApplicationState state = decided.evolve(APPLICATION_EVENTS.get(0));

        // then the application is received and decided
        assertThat(decided.received()).isFalse();
        assertThat(state.fact()).isEqualTo(new ApplicationFact(ApplicantType.NATURAL_PERSON, RECEIVED, DECIDED,
                Outcome.DISCLOSED));
    }

    @Test
    void a_review_then_its_lawsuit_under_the_same_identifier_evolve_one_case_per_kind() {
        // given no event yet, when the review's events are folded
        CaseState review = fold(CaseState.NONE, CASE_EVENTS.subList(0, 2));

        // and the lawsuit's into another case of the same identifier
        CaseState lawsuit = fold(CaseState.NONE, CASE_EVENTS.subList(2, 4));

        // then each is filed and concluded with its own result
        assertThat(review.fact()).isEqualTo(new CaseFact(CaseKind.REVIEW, false, DECIDED.plusDays(10),
                DECIDED.plusDays(50), CaseResult.UPHELD));
        assertThat(lawsuit.fact()).isEqualTo(new CaseFact(CaseKind.LAWSUIT, true, DECIDED.plusDays(60),
                DECIDED.plusDays(90), CaseResult.CORRECTED));
    }

    @Test
    void a_conclusion_before_the_filing_is_kept_but_the_case_is_not_filed_until_it_arrives() {
        CaseState concluded = CaseState.NONE.evolve(CASE_EVENTS.get(1));

        assertThat(concluded.filed()).isFalse();
        assertThat(concluded.evolve(CASE_EVENTS.get(0)).fact()).isEqualTo(new CaseFact(CaseKind.REVIEW, false,
                DECIDED.plusDays(10), DECIDED.plusDays(50), CaseResult.UPHELD));
    }

    @Test
    void a_document_is_its_issue_and_repeal_and_other_proactive_events_leave_it_alone() {
        // given no event yet, when every proactive event is folded
        DocumentState state = DocumentState.NONE;
        for (ProactiveEvent event : PROACTIVE_EVENTS) {
            DocumentState next = state.evolve(event);
            if (!(event instanceof DocumentIssued) && !(event instanceof DocumentRepealed)) {
                assertThat(next).as(event.getClass().getSimpleName()).isSameAs(state);
            }
            state = next;
        }

        // then the document was issued and repealed
        assertThat(state.fact()).isEqualTo(new DocumentFact(DocumentKind.REGULATION, RECEIVED, DECIDED));
    }

    @Test
    void a_repeal_seen_before_the_issue_keeps_its_date() {
        DocumentState state = DocumentState.NONE.evolve(PROACTIVE_EVENTS.get(4)).evolve(PROACTIVE_EVENTS.get(0));

        assertThat(state.fact()).isEqualTo(new DocumentFact(DocumentKind.REGULATION, RECEIVED, DECIDED));
    }

    private static CaseState fold(CaseState state, List<CaseEvent> events) {
        CaseState folded = state;
        for (CaseEvent event : events) {
            folded = folded.evolve(event);
        }
        return folded;
    }
}
