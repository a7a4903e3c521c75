package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.DeciderSpec;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The deciders of documents, opening balances and recorded facts, without Axon: given events, when, then. */
class ProactiveDecidersTest {

    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    static final OrganId ORGAN = OrganId.of("organ-1");
    static final DocumentId DOC = DocumentId.of("巨政办规〔2025〕1号");
    static final LocalDate ISSUED_ON = LocalDate.of(2025, 3, 6);
    static final String STREAM = "document:organ-1/巨政办规〔2025〕1号";

    @Nested
    class Documents {
        final DeciderSpec<DocumentCommand, DocumentState, ProactiveEvent> spec =
                DeciderSpec.of(DocumentDecider.INSTANCE, TODAY);
        final DocumentIssued issued = new DocumentIssued(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT, ISSUED_ON);

        @Test
        void a_document_is_issued_and_then_repealed_with_its_own_kind() {
            spec.givenNoEvents().when(new IssueDocument(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT, ISSUED_ON))
                    .then(issued);
            spec.given(issued).when(new RepealDocument(ORGAN, DOC, null, ISSUED_ON.plusMonths(6)))
                    .then(new DocumentRepealed(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT, ISSUED_ON.plusMonths(6)));
        }

        @Test
        void an_issue_dated_after_its_recorded_repeal_breaks_the_date_order() {
            DocumentRepealed repealed = new DocumentRepealed(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT,
                    ISSUED_ON.minusDays(1));
            spec.given(repealed).when(new IssueDocument(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT, ISSUED_ON))
                    .thenRefused("DATE_ORDER", false, STREAM + " cannot be dated 2025-03-05, before its issue on "
                            + "2025-03-06");
        }

        @Test
        void an_issue_dated_after_today_is_refused() {
            spec.givenNoEvents()
                    .when(new IssueDocument(ORGAN, DOC, DocumentKind.REGULATION, TODAY.plusDays(1)))
                    .thenRefused("FUTURE_DATE", false, STREAM + " cannot be dated 2026-01-01, after today "
                            + "(2025-12-31, Asia/Shanghai)");
        }

        @Test
        void a_second_repeal_on_another_day_is_refused_and_the_same_changes_nothing() {
            DocumentRepealed repealed = new DocumentRepealed(ORGAN, DOC, DocumentKind.NORMATIVE_DOCUMENT,
                    ISSUED_ON.plusDays(9));
            spec.given(issued, repealed).when(new RepealDocument(ORGAN, DOC, null, ISSUED_ON.plusDays(9)))
                    .thenNothing();
            spec.given(issued, repealed).when(new RepealDocument(ORGAN, DOC, null, ISSUED_ON.plusDays(10)))
                    .thenRefused("ALREADY_REPEALED", true, STREAM + " was already repealed on 2025-03-15");
        }

        @Test
        void a_repeal_of_the_opening_stock_must_name_its_kind() {
            spec.givenNoEvents().when(new RepealDocument(ORGAN, DOC, null, ISSUED_ON))
                    .thenRefused("KIND_REQUIRED", false, STREAM + " was not seen issued; its repeal must give "
                            + "data.kind");
        }
    }

    @Nested
    class OpeningBalances {
        final DeciderSpec<DeclareStock, Map<LocalDate, Long>, DocumentStockDeclared> spec =
                DeciderSpec.of(DocumentStockDecider.INSTANCE, TODAY);
        final LocalDate yearEnd = LocalDate.of(2024, 12, 31);

        @Test
        void each_day_keeps_its_latest_figure() {
            DocumentStockDeclared first = new DocumentStockDeclared(ORGAN, DocumentKind.REGULATION, 68, yearEnd);
            DocumentStockDeclared second = new DocumentStockDeclared(ORGAN, DocumentKind.REGULATION, 67, yearEnd);
            spec.given(first, second).when(new DeclareStock(ORGAN, DocumentKind.REGULATION, 67, yearEnd))
                    .thenNothing();
            spec.given(first, second).when(new DeclareStock(ORGAN, DocumentKind.REGULATION, 68, yearEnd))
                    .then(first);
        }

        @Test
        void a_negative_balance_is_refused() {
            spec.givenNoEvents().when(new DeclareStock(ORGAN, DocumentKind.REGULATION, -1, yearEnd))
                    .thenRefused("INVALID_COUNT", false, "inForce cannot be negative: -1");
        }
    }

    @Nested
    class RecordedFacts {
        final DeciderSpec<RecordedFactCommand, ProactiveEvent, ProactiveEvent> spec =
                DeciderSpec.of(RecordedFactDecider.INSTANCE, TODAY);
        final FeeCollected fee = new FeeCollected(ORGAN, ISSUED_ON, new BigDecimal("20.5"));

        @Test
        void a_fee_is_recorded_once_under_its_name() {
            spec.givenNoEvents().when(new RecordFeeCollection(ORGAN, "fee-1", ISSUED_ON, new BigDecimal("20.5")))
                    .then(fee);
            spec.given(fee).when(new RecordFeeCollection(ORGAN, "fee-1", ISSUED_ON, new BigDecimal("20.5")))
                    .thenNothing();
        }

        @Test
        void other_content_under_a_recorded_name_conflicts() {
            spec.given(new DecisionsRecorded(ORGAN, DecisionKind.PENALTY, ISSUED_ON, 3))
                    .when(new RecordDecisions(ORGAN, "fact-1", DecisionKind.PENALTY, ISSUED_ON, 4))
                    .thenRefused("CONFLICTING_FACT", true, "decisions:organ-1/fact-1 was already recorded as "
                            + new DecisionsRecorded(ORGAN, DecisionKind.PENALTY, ISSUED_ON, 3));
        }

        @Test
        void a_figure_is_checked_before_its_date() {
            spec.givenNoEvents()
                    .when(new RecordFeeCollection(ORGAN, "fee-2", TODAY.plusDays(1), BigDecimal.ZERO))
                    .thenRefused("INVALID_AMOUNT", false, "amount must be positive, not 0");
        }
    }
}
