package cn.gongkai.events.report;

import cn.gongkai.events.calendar.ReportingYear;

import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of tables 四 and 二, and section 六's fees. */
class CaseAndProactiveCountingTest {

    static final ReportingYear Y2025 = ReportingYear.of(2025);

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void by_default_a_case_counts_pending_at_each_year_end_and_in_its_result_the_year_it_concluded() {
        CaseFact review = new CaseFact(CaseKind.REVIEW, false, d("2024-11-01"), d("2025-02-01"), CaseResult.CORRECTED);
        CaseCountingRule rule = CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END;

        CaseTable y2024 = CaseCounting.tally(ReportingYear.of(2024), rule, List.of(review));
        CaseTable y2025 = CaseCounting.tally(Y2025, rule, List.of(review));

        assertThat(y2024.cell(CaseGroup.REVIEW, CaseColumn.PENDING)).isEqualTo(1);
        assertThat(y2024.cell(CaseGroup.REVIEW, CaseColumn.TOTAL)).isEqualTo(1);
        assertThat(y2025.cell(CaseGroup.REVIEW, CaseColumn.CORRECTED)).isEqualTo(1);
        assertThat(y2025.cell(CaseGroup.REVIEW, CaseColumn.PENDING)).isZero();
    }

    @Test
    void a_review_followed_by_a_lawsuit_counts_in_both_blocks() {
        List<CaseFact> cases = List.of(
                new CaseFact(CaseKind.REVIEW, false, d("2025-03-01"), d("2025-04-01"), CaseResult.UPHELD),
                new CaseFact(CaseKind.LAWSUIT, true, d("2025-05-01"), null, null),
                new CaseFact(CaseKind.LAWSUIT, false, d("2025-06-01"), d("2025-09-01"), CaseResult.OTHER));

        CaseTable table = CaseCounting.tally(Y2025, CaseCountingRule.CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END, cases);

        assertThat(table.cell(CaseGroup.REVIEW, CaseColumn.UPHELD)).isEqualTo(1);
        assertThat(table.cell(CaseGroup.LAWSUIT_AFTER_REVIEW, CaseColumn.PENDING)).isEqualTo(1);
        assertThat(table.cell(CaseGroup.LAWSUIT_DIRECT, CaseColumn.OTHER)).isEqualTo(1);
        assertThat(ConsistencyRules.check(new ReportTables(null, null, table, null), null)).isEmpty();
    }

    @Test
    void under_the_filing_year_rule_each_case_counts_once() {
        CaseFact review = new CaseFact(CaseKind.REVIEW, false, d("2024-11-01"), d("2025-02-01"), CaseResult.CORRECTED);

        CaseTable y2024 = CaseCounting.tally(ReportingYear.of(2024), CaseCountingRule.FILED_IN_YEAR, List.of(review));
        CaseTable y2025 = CaseCounting.tally(Y2025, CaseCountingRule.FILED_IN_YEAR, List.of(review));

        assertThat(y2024.cell(CaseGroup.REVIEW, CaseColumn.PENDING)).isEqualTo(1);
        assertThat(y2025.cell(CaseGroup.REVIEW, CaseColumn.TOTAL)).isZero();
    }

    @Test
    void documents_in_force_are_the_opening_balance_moved_by_later_issues_and_repeals() {
        List<DocumentFact> documents = List.of(
                new DocumentFact(DocumentKind.NORMATIVE_DOCUMENT, d("2025-03-01"), null),
                new DocumentFact(DocumentKind.NORMATIVE_DOCUMENT, d("2025-04-01"), d("2025-10-01")),
                new DocumentFact(DocumentKind.NORMATIVE_DOCUMENT, null, d("2025-06-01")),
                new DocumentFact(DocumentKind.NORMATIVE_DOCUMENT, d("2026-01-05"), null),
                new DocumentFact(DocumentKind.REGULATION, d("2025-07-01"), null));
        List<StockFact> stocks = List.of(new StockFact(DocumentKind.NORMATIVE_DOCUMENT, d("2024-12-31"), 68));

        ProactiveTable table = ProactiveCounting.tally(Y2025, documents, stocks, List.of(), List.of());

        assertThat(table.documents(DocumentKind.NORMATIVE_DOCUMENT)).isEqualTo(new DocumentFigures(2, 2, 68));
        assertThat(table.documents(DocumentKind.REGULATION)).isEqualTo(new DocumentFigures(1, 0, 1));
    }

    @Test
    void decisions_are_summed_within_the_year_and_fees_shown_in_ten_thousand_yuan() {
        List<DecisionFact> decisions = List.of(new DecisionFact(DecisionKind.PENALTY, d("2025-02-02"), 3),
                new DecisionFact(DecisionKind.PENALTY, d("2025-12-31"), 4),
                new DecisionFact(DecisionKind.PENALTY, d("2026-01-01"), 100));
        List<MoneyFact> fees = List.of(new MoneyFact(d("2025-05-05"), new BigDecimal("12345.60")),
                new MoneyFact(d("2025-06-06"), new BigDecimal("0.40")));

        ProactiveTable table = ProactiveCounting.tally(Y2025, List.of(), List.of(), decisions, fees);

        assertThat(table.decisions(DecisionKind.PENALTY)).isEqualTo(7);
        assertThat(table.decisions(DecisionKind.LICENSING)).isZero();
        assertThat(table.administrativeFee10kYuan()).isEqualByComparingTo("1.2346");
        assertThat(table.administrativeFeeShown()).isEqualTo("1.2346");
    }

    @Test
    void processing_fees_count_notices_and_sum_what_was_charged_and_collected() {
        ProcessingFees fees = ProcessingFees.tally(Y2025,
                List.of(new MoneyFact(d("2025-03-03"), new BigDecimal("100")),
                        new MoneyFact(d("2025-04-04"), new BigDecimal("50.5"))),
                List.of(new MoneyFact(d("2025-03-20"), new BigDecimal("100"))));

        assertThat(fees.notices()).isEqualTo(2);
        assertThat(fees.noticeAmountYuan()).isEqualByComparingTo("150.5");
        assertThat(fees.collectedYuan()).isEqualByComparingTo("100");
        assertThat(fees.noticeAmountYuan().toPlainString()).as("kept to the fen").isEqualTo("150.50");
    }
}
