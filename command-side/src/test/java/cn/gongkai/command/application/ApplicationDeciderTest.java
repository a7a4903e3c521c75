package cn.gongkai.command.application;

import cn.gongkai.command.rules.DeciderSpec;
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
import cn.gongkai.events.calendar.ReportingYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's decider without Axon: its phases, the date rules it shares with every stream (same codes and
 * wording as before they were shared), and a refusal's rule, kind and reason word for word.
 */
class ApplicationDeciderTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final OrganId ORGAN = OrganId.of("julu-county-government-office");
    static final ApplicationId APP = ApplicationId.of("JL-2025-001");
    static final LocalDate RECEIVED_ON = LocalDate.of(2025, 3, 3);
    static final ApplicationReceived RECEIVED = new ApplicationReceived(ORGAN, APP, ApplicantType.NATURAL_PERSON,
            RECEIVED_ON, Channel.ONLINE, null);
    static final ApplicationDecided DECIDED = new ApplicationDecided(ORGAN, APP, RECEIVED_ON.plusDays(5),
            Outcome.DISCLOSED);

    final DeciderSpec<ApplicationCommand, ApplicationState, ApplicationEvent> spec =
            DeciderSpec.of(ApplicationDecider.INSTANCE, TODAY);

    @Test
    void an_application_is_not_received_then_open_then_decided() {
        assertThat(spec.givenNoEvents().state()).isInstanceOf(ApplicationState.NotReceived.class);
        assertThat(spec.given(RECEIVED).state()).isInstanceOf(ApplicationState.Open.class);
        assertThat(spec.given(RECEIVED, DECIDED).state())
                .isEqualTo(new ApplicationState.Decided(new ApplicationHistory(List.of(RECEIVED, DECIDED)), DECIDED));
    }

    @Test
    void every_event_type_of_an_application_is_folded_into_its_history() {
        List<ApplicationEvent> everyType = List.of(RECEIVED,
                new ApplicantTypeCorrected(ORGAN, APP, ApplicantType.OTHER_ORGANIZATION, RECEIVED_ON),
                new CorrectionRequested(ORGAN, APP, RECEIVED_ON), new ApplicationCorrected(ORGAN, APP, RECEIVED_ON),
                new ApplicationExtended(ORGAN, APP, RECEIVED_ON, 5), new ConsultationStarted(ORGAN, APP, RECEIVED_ON),
                new ConsultationEnded(ORGAN, APP, RECEIVED_ON), new DeadlineSet(ORGAN, APP, RECEIVED_ON, TODAY),
                new ProcessingFeeCharged(ORGAN, APP, RECEIVED_ON, BigDecimal.TEN),
                new ProcessingFeePaid(ORGAN, APP, RECEIVED_ON, BigDecimal.TEN), DECIDED,
                new ApplicationCarriedOver(ORGAN, APP, ReportingYear.of(2025)));
        assertThat(everyType.stream().map(Object::getClass))
                .containsExactlyInAnyOrder(ApplicationEvent.class.getPermittedSubclasses());

        ApplicationState state = spec.given(everyType.toArray(ApplicationEvent[]::new)).state();

        assertThat(state.history().events()).containsExactlyElementsOf(everyType);
        assertThat(state.history().applicantType()).isEqualTo(ApplicantType.OTHER_ORGANIZATION);
        assertThat(state).isInstanceOf(ApplicationState.Decided.class);
    }

    @Test
    void a_receipt_after_today_is_refused_by_the_shared_date_rule_in_the_application_s_words() {
        spec.givenNoEvents()
                .when(new RecordReceipt(ORGAN, APP, ApplicantType.NATURAL_PERSON, TODAY.plusDays(1), null, null))
                .thenRefused("FUTURE_DATE", false, "application JL-2025-001 of organ julu-county-government-office"
                        + " cannot be dated 2025-07-01, after today (2025-06-30, Asia/Shanghai)");
    }

    @Test
    void a_consultation_ending_before_it_started_breaks_the_date_order() {
        spec.given(RECEIVED, new ConsultationStarted(ORGAN, APP, RECEIVED_ON.plusDays(4)))
                .when(new EndConsultation(ORGAN, APP, RECEIVED_ON.plusDays(2)))
                .thenRefused("DATE_ORDER", false, "application JL-2025-001 of organ julu-county-government-office"
                        + " cannot be dated 2025-03-05, before the start of the consultation on 2025-03-07");
    }

    @Test
    void a_decided_application_refuses_a_new_fact_and_names_its_decision() {
        spec.given(RECEIVED, DECIDED)
                .when(new StartConsultation(ORGAN, APP, RECEIVED_ON.plusDays(6)))
                .thenRefused("ALREADY_DECIDED", true, "application JL-2025-001 of organ "
                        + "julu-county-government-office was already decided on 2025-03-08 as DISCLOSED");
    }

    @Test
    void a_decided_application_still_has_its_category_corrected_and_a_known_fact_passes() {
        spec.given(RECEIVED, DECIDED)
                .when(new CorrectApplicantType(ORGAN, APP, ApplicantType.OTHER_ORGANIZATION, RECEIVED_ON.plusDays(9)))
                .then(new ApplicantTypeCorrected(ORGAN, APP, ApplicantType.OTHER_ORGANIZATION, RECEIVED_ON.plusDays(9)));
        spec.given(RECEIVED, DECIDED)
                .when(new RecordDecision(ORGAN, APP, DECIDED.decidedOn(), Outcome.DISCLOSED))
                .thenNothing();
    }

    @Test
    void a_consultation_ended_and_started_again_is_open_until_ended_again() {
        ApplicationEvent[] twice = Arrays.asList(RECEIVED, new ConsultationStarted(ORGAN, APP, RECEIVED_ON),
                new ConsultationEnded(ORGAN, APP, RECEIVED_ON.plusDays(3)),
                new ConsultationStarted(ORGAN, APP, RECEIVED_ON.plusDays(5))).toArray(ApplicationEvent[]::new);
        spec.given(twice).when(new StartConsultation(ORGAN, APP, RECEIVED_ON.plusDays(5))).thenNothing();
        spec.given(twice).when(new EndConsultation(ORGAN, APP, RECEIVED_ON.plusDays(3)))
                .thenRefused("DATE_ORDER", false, "application JL-2025-001 of organ julu-county-government-office"
                        + " cannot be dated 2025-03-06, before the start of the consultation on 2025-03-08");
    }

    @Test
    void a_fee_is_paid_only_after_its_notice() {
        BigDecimal fee = new BigDecimal("50");
        spec.given(RECEIVED, new ProcessingFeeCharged(ORGAN, APP, RECEIVED_ON.plusDays(4), fee))
                .when(new RecordProcessingFeePayment(ORGAN, APP, RECEIVED_ON.plusDays(3), fee))
                .thenRefused("DATE_ORDER", false, "application JL-2025-001 of organ julu-county-government-office"
                        + " cannot be dated 2025-03-06, before the fee notice on 2025-03-07");
    }
}
