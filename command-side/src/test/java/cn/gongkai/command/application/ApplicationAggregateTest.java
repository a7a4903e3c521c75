package cn.gongkai.command.application;

import cn.gongkai.command.rules.AggregateTargetResolver;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
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
import cn.gongkai.events.calendar.ReportingYear;
import org.axonframework.test.aggregate.AggregateTestFixture;
import static org.hamcrest.Matchers.containsString;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The life of an application, rule by rule: given past events, when a command, then events or a refusal. */
class ApplicationAggregateTest {

    /** 2025-06-30 23:30 in Asia/Shanghai, which is still 2025-06-30 15:30 UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T15:30:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final OrganId ORGAN = OrganId.of("julu-county-government-office");
    static final ApplicationId APP = ApplicationId.of("JL-2025-001");
    static final LocalDate RECEIVED_ON = LocalDate.of(2025, 3, 3);
    static final ApplicationReceived RECEIVED = new ApplicationReceived(ORGAN, APP, ApplicantType.NATURAL_PERSON,
            RECEIVED_ON, Channel.ONLINE, null);

    FixtureConfiguration<ApplicationAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApplicationAggregate.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandTargetResolver(new AggregateTargetResolver());
    }

    static RecordReceipt receipt(LocalDate on) {
        return new RecordReceipt(ORGAN, APP, ApplicantType.NATURAL_PERSON, on, Channel.ONLINE, null);
    }

    static RecordDecision decision(LocalDate on, Outcome outcome) {
        return new RecordDecision(ORGAN, APP, on, outcome);
    }

    @Nested
    class Receipt {
        @Test
        void a_new_application_is_received() {
            fixture.givenNoPriorActivity()
                    .when(receipt(RECEIVED_ON))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(RECEIVED);
        }

        @Test
        void the_same_receipt_again_changes_nothing() {
            fixture.given(RECEIVED).when(receipt(RECEIVED_ON)).expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void a_receipt_with_other_facts_is_refused() {
            fixture.given(RECEIVED).when(receipt(RECEIVED_ON.plusDays(1)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("already received"));
        }

        @Test
        void a_receipt_dated_tomorrow_in_shanghai_is_refused() {
            fixture.givenNoPriorActivity().when(receipt(TODAY.plusDays(1)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("after today (2025-06-30"));
        }

        @Test
        void a_receipt_dated_today_in_shanghai_is_accepted() {
            fixture.givenNoPriorActivity().when(receipt(TODAY)).expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Decision {
        @Test
        void a_received_application_is_decided() {
            fixture.given(RECEIVED).when(decision(RECEIVED_ON.plusDays(10), Outcome.DISCLOSED))
                    .expectEvents(new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(10), Outcome.DISCLOSED));
        }

        @Test
        void no_decision_before_receipt() {
            fixture.givenNoPriorActivity().when(decision(RECEIVED_ON, Outcome.DISCLOSED))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("has not been received"));
        }

        @Test
        void no_decision_dated_before_the_receipt() {
            fixture.given(RECEIVED).when(decision(RECEIVED_ON.minusDays(1), Outcome.DISCLOSED))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("before its receipt"));
        }

        @Test
        void the_same_decision_twice_is_idempotent() {
            ApplicationDecided decided = new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(5), Outcome.DISCLOSED);
            fixture.given(RECEIVED, decided).when(decision(RECEIVED_ON.plusDays(5), Outcome.DISCLOSED))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void a_different_decision_for_a_decided_application_is_refused_with_the_existing_one_named() {
            ApplicationDecided decided = new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(5), Outcome.DISCLOSED);
            fixture.given(RECEIVED, decided).when(decision(RECEIVED_ON.plusDays(5), Outcome.PARTIALLY_DISCLOSED))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("already decided on 2025-03-08 as DISCLOSED"));
        }

        @Test
        void no_decision_while_a_requested_correction_is_unanswered() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                    .when(decision(RECEIVED_ON.plusDays(9), Outcome.DISCLOSED))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("awaits the correction"));
        }

        @Test
        void an_unanswered_correction_closes_as_deemed_abandoned() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                    .when(decision(RECEIVED_ON.plusDays(30), Outcome.OTHER_NO_CORRECTION))
                    .expectEvents(new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(30),
                            Outcome.OTHER_NO_CORRECTION));
        }

        @Test
        void deemed_abandonment_needs_a_correction_request() {
            fixture.given(RECEIVED).when(decision(RECEIVED_ON.plusDays(30), Outcome.OTHER_NO_CORRECTION))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("no correction was requested"));
        }

        @Test
        void an_answered_correction_allows_the_decision() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(2)),
                            new ApplicationCorrected(ORGAN, APP, RECEIVED_ON.plusDays(6)))
                    .when(decision(RECEIVED_ON.plusDays(9), Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION))
                    .expectEvents(new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(9),
                            Outcome.UNAVAILABLE_UNCLEAR_AFTER_CORRECTION));
        }

        @Test
        void a_decision_in_the_future_is_refused() {
            fixture.given(RECEIVED).when(decision(TODAY.plusDays(1), Outcome.DISCLOSED))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class Correction {
        @Test
        void a_correction_is_requested_and_answered() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                    .when(new RecordCorrection(ORGAN, APP, RECEIVED_ON.plusDays(6)))
                    .expectEvents(new ApplicationCorrected(ORGAN, APP, RECEIVED_ON.plusDays(6)));
        }

        @Test
        void only_one_correction_may_be_requested() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                    .when(new RequestCorrection(ORGAN, APP, RECEIVED_ON.plusDays(3)))
                    .expectException(RuleViolation.class);
        }

        @Test
        void the_same_request_again_changes_nothing() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                    .when(new RequestCorrection(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void a_correction_without_a_request_is_refused() {
            fixture.given(RECEIVED).when(new RecordCorrection(ORGAN, APP, RECEIVED_ON.plusDays(6)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("has no correction requested"));
        }

        @Test
        void a_correction_dated_before_its_request_is_refused() {
            fixture.given(RECEIVED, new CorrectionRequested(ORGAN, APP, RECEIVED_ON.plusDays(4)))
                    .when(new RecordCorrection(ORGAN, APP, RECEIVED_ON.plusDays(3)))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class ClockChanges {
        @Test
        void one_extension_of_at_most_twenty_working_days() {
            fixture.given(RECEIVED).when(new ExtendDeadline(ORGAN, APP, RECEIVED_ON.plusDays(20), 20))
                    .expectEvents(new ApplicationExtended(ORGAN, APP, RECEIVED_ON.plusDays(20), 20));
        }

        @Test
        void an_extension_longer_than_twenty_working_days_is_refused() {
            fixture.given(RECEIVED).when(new ExtendDeadline(ORGAN, APP, RECEIVED_ON.plusDays(20), 21))
                    .expectException(RuleViolation.class);
        }

        @Test
        void a_second_extension_is_refused() {
            fixture.given(RECEIVED, new ApplicationExtended(ORGAN, APP, RECEIVED_ON.plusDays(20), 10))
                    .when(new ExtendDeadline(ORGAN, APP, RECEIVED_ON.plusDays(25), 10))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("one extension"));
        }

        @Test
        void a_consultation_starts_and_ends() {
            fixture.given(RECEIVED, new ConsultationStarted(ORGAN, APP, RECEIVED_ON.plusDays(3)))
                    .when(new EndConsultation(ORGAN, APP, RECEIVED_ON.plusDays(12)))
                    .expectEvents(new ConsultationEnded(ORGAN, APP, RECEIVED_ON.plusDays(12)));
        }

        @Test
        void a_consultation_cannot_end_before_it_starts_or_without_starting() {
            fixture.given(RECEIVED).when(new EndConsultation(ORGAN, APP, RECEIVED_ON.plusDays(12)))
                    .expectException(RuleViolation.class);
        }

        @Test
        void an_art_35_deadline_is_set_but_not_before_it_was_set() {
            fixture.given(RECEIVED).when(new SetDeadline(ORGAN, APP, RECEIVED_ON.plusDays(2), RECEIVED_ON.plusDays(90)))
                    .expectEvents(new DeadlineSet(ORGAN, APP, RECEIVED_ON.plusDays(2), RECEIVED_ON.plusDays(90)));
            fixture.given(RECEIVED).when(new SetDeadline(ORGAN, APP, RECEIVED_ON.plusDays(2), RECEIVED_ON.plusDays(1)))
                    .expectException(RuleViolation.class);
        }

        @Test
        void the_applicant_category_is_corrected_explicitly() {
            fixture.given(RECEIVED)
                    .when(new CorrectApplicantType(ORGAN, APP, ApplicantType.LEGAL_SERVICE_INSTITUTION,
                            RECEIVED_ON.plusDays(1)))
                    .expectEvents(new ApplicantTypeCorrected(ORGAN, APP, ApplicantType.LEGAL_SERVICE_INSTITUTION,
                            RECEIVED_ON.plusDays(1)));
        }

        @Test
        void nothing_changes_a_decided_application_but_a_category_correction() {
            fixture.given(RECEIVED, new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(5), Outcome.DISCLOSED))
                    .when(new ExtendDeadline(ORGAN, APP, RECEIVED_ON.plusDays(6), 5))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("already decided"));
        }
    }

    @Nested
    class YearEndAndFees {
        @Test
        void an_application_open_at_the_year_end_is_carried_over_once() {
            ReportingYear y2024 = ReportingYear.of(2024);
            ApplicationReceived december = new ApplicationReceived(ORGAN, APP, ApplicantType.NATURAL_PERSON,
                    LocalDate.of(2024, 12, 20), null, null);
            fixture.given(december).when(new RecordCarryOver(ORGAN, APP, y2024))
                    .expectEvents(new ApplicationCarriedOver(ORGAN, APP, y2024));
            fixture.given(december, new ApplicationCarriedOver(ORGAN, APP, y2024))
                    .when(new RecordCarryOver(ORGAN, APP, y2024)).expectNoEvents();
        }

        @Test
        void an_application_decided_within_the_year_is_not_carried_over() {
            fixture.given(new ApplicationReceived(ORGAN, APP, ApplicantType.NATURAL_PERSON, LocalDate.of(2024, 12, 1),
                            null, null),
                            new ApplicationDecided(ORGAN, APP, LocalDate.of(2024, 12, 10), Outcome.DISCLOSED))
                    .when(new RecordCarryOver(ORGAN, APP, ReportingYear.of(2024)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("before the end of 2024"));
        }

        @Test
        void a_year_is_not_carried_over_before_it_ends() {
            fixture.given(RECEIVED).when(new RecordCarryOver(ORGAN, APP, ReportingYear.of(2025)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("after today"));
        }

        @Test
        void only_an_unpaid_notice_closes_as_fee_unpaid() {
            fixture.given(RECEIVED).when(decision(RECEIVED_ON.plusDays(40), Outcome.OTHER_FEE_UNPAID))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("no fee notice was sent"));
            BigDecimal amount = new BigDecimal("50");
            fixture.given(RECEIVED, new ProcessingFeeCharged(ORGAN, APP, RECEIVED_ON.plusDays(2), amount),
                            new ProcessingFeePaid(ORGAN, APP, RECEIVED_ON.plusDays(5), amount))
                    .when(decision(RECEIVED_ON.plusDays(40), Outcome.OTHER_FEE_UNPAID))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("the fee was paid"));
        }

        @Test
        void a_fee_is_charged_then_paid_and_a_payment_without_a_notice_is_refused() {
            BigDecimal amount = new BigDecimal("120.5");
            fixture.given(RECEIVED).when(new ChargeProcessingFee(ORGAN, APP, RECEIVED_ON.plusDays(5), amount))
                    .expectEvents(new ProcessingFeeCharged(ORGAN, APP, RECEIVED_ON.plusDays(5), amount));
            fixture.given(RECEIVED, new ProcessingFeeCharged(ORGAN, APP, RECEIVED_ON.plusDays(5), amount))
                    .when(new RecordProcessingFeePayment(ORGAN, APP, RECEIVED_ON.plusDays(9), amount))
                    .expectEvents(new ProcessingFeePaid(ORGAN, APP, RECEIVED_ON.plusDays(9), amount));
            fixture.given(RECEIVED)
                    .when(new RecordProcessingFeePayment(ORGAN, APP, RECEIVED_ON.plusDays(9), amount))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("no fee notice"));
        }
    }
}
