package cn.gongkai.command.review;

import cn.gongkai.command.rules.AggregateTargetResolver;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.hamcrest.Matchers.containsString;

/** Reviews and lawsuits: filed, then concluded once. */
class CaseAggregateTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T02:00:00Z"), ZoneOffset.UTC);
    static final OrganId ORGAN = OrganId.of("organ-1");
    static final CaseId CASE = CaseId.of("FY-2025-01");
    static final LocalDate FILED = LocalDate.of(2025, 5, 12);
    static final ReviewFiled REVIEW_FILED = new ReviewFiled(ORGAN, CASE, FILED, null);

    FixtureConfiguration<CaseAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseAggregate.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandTargetResolver(new AggregateTargetResolver());
    }

    @Test
    void a_review_is_filed_and_concluded() {
        fixture.given(REVIEW_FILED)
                .when(new ConcludeReview(ORGAN, CASE, FILED.plusDays(57), CaseResult.UPHELD))
                .expectEvents(new ReviewConcluded(ORGAN, CASE, FILED.plusDays(57), CaseResult.UPHELD));
    }

    @Test
    void no_conclusion_before_filing() {
        fixture.givenNoPriorActivity()
                .when(new ConcludeReview(ORGAN, CASE, FILED, CaseResult.UPHELD))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("has not been filed"));
    }

    @Test
    void no_conclusion_dated_before_the_filing() {
        fixture.given(REVIEW_FILED)
                .when(new ConcludeReview(ORGAN, CASE, FILED.minusDays(1), CaseResult.UPHELD))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("before its filing"));
    }

    @Test
    void the_same_conclusion_again_changes_nothing_and_another_is_refused() {
        ReviewConcluded concluded = new ReviewConcluded(ORGAN, CASE, FILED.plusDays(10), CaseResult.UPHELD);
        fixture.given(REVIEW_FILED, concluded)
                .when(new ConcludeReview(ORGAN, CASE, FILED.plusDays(10), CaseResult.UPHELD))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(REVIEW_FILED, concluded)
                .when(new ConcludeReview(ORGAN, CASE, FILED.plusDays(10), CaseResult.CORRECTED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("already concluded"));
    }

    @Test
    void a_lawsuit_after_review_is_filed_in_its_own_stream() {
        fixture.givenNoPriorActivity()
                .when(new FileLawsuit(ORGAN, CASE, FILED.plusDays(70), true, null))
                .expectEvents(new LawsuitFiled(ORGAN, CASE, FILED.plusDays(70), true, null));
    }

    @Test
    void a_filing_in_the_future_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new FileReview(ORGAN, CASE, LocalDate.of(2025, 9, 2), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("after today"));
    }
}
