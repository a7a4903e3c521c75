package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BooksCodecTest {

    private static final OrganId ORGAN = GeneratedHistory.ORGAN;

    @Test
    void given_books_saved_at_any_point_when_read_back_and_folded_on_then_they_tally_as_the_books_folded_at_once() {
        Random random = new Random(42);
        for (int history = 0; history < 40; history++) {
            List<AuditedEvent> events = GeneratedHistory.events(random, 50 + random.nextInt(400));
            int saved = random.nextInt(events.size());
            Books once = Books.untraced();
            events.forEach(once::apply);

            Books resumed = BooksCodec.read(BooksCodec.write(fold(events.subList(0, saved))));
            events.subList(saved, events.size()).forEach(resumed::apply);

            for (int year = 2024; year <= 2026; year++) {
                ReportingYear reporting = ReportingYear.of(year);
                for (CaseCountingRule rule : CaseCountingRule.values()) {
                    assertThat(resumed.report(reporting, rule, ORGAN.value()))
                            .isEqualTo(once.report(reporting, rule, ORGAN.value()));
                }
                assertThat(resumed.carryOverContradictions(reporting))
                        .isEqualTo(once.carryOverContradictions(reporting));
            }
            assertThat(BooksCodec.write(resumed)).isEqualTo(BooksCodec.write(once));
        }
    }

    @Test
    void given_untraced_books_when_folded_then_they_tally_as_traced_books_and_keep_no_events() {
        List<AuditedEvent> events = GeneratedHistory.events(new Random(7), 300);
        Books untraced = Books.untraced();
        events.forEach(untraced::apply);

        Books traced = Books.fold(events);

        assertThat(untraced.report(ReportingYear.of(2025), CaseCountingRule.FILED_IN_YEAR, ORGAN.value()))
                .isEqualTo(traced.report(ReportingYear.of(2025), CaseCountingRule.FILED_IN_YEAR, ORGAN.value()));
        assertThat(untraced.receivedApplications()).allSatisfy(item -> assertThat(item.events()).isEmpty());
        assertThat(traced.receivedApplications()).allSatisfy(item -> assertThat(item.events()).isNotEmpty());
    }

    @Test
    void given_bytes_of_another_layout_or_cut_short_when_read_then_they_are_refused() {
        byte[] saved = BooksCodec.write(fold(GeneratedHistory.events(new Random(3), 50)));
        byte[] otherVersion = saved.clone();
        otherVersion[3] = (byte) (BooksCodec.VERSION + 1);

        assertThatThrownBy(() -> BooksCodec.read(otherVersion)).hasMessageContaining("layout");
        assertThatThrownBy(() -> BooksCodec.read(java.util.Arrays.copyOf(saved, saved.length - 3)))
                .hasMessageContaining("cut short");
    }

    private static Books fold(List<AuditedEvent> events) {
        Books books = Books.untraced();
        events.forEach(books::apply);
        return books;
    }
}
