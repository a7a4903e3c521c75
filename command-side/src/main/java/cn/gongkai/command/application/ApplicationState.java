package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.DeadlineSet;

import java.time.LocalDate;

/**
 * What the decider must know of an application's past to judge the next command. {@code receipt} is null until
 * the application is received; {@code correctionRequestedOn} stays once set, since the law allows one request.
 */
public record ApplicationState(ApplicationReceived receipt, ApplicantType applicantType,
                               LocalDate correctionRequestedOn, LocalDate correctedOn,
                               ApplicationExtended extension, LocalDate consultationSince,
                               LocalDate lastConsultationEndedOn, DeadlineSet deadline,
                               ApplicationDecided decision) {

    public static final ApplicationState NOT_RECEIVED =
            new ApplicationState(null, null, null, null, null, null, null, null, null);

    public boolean received() {
        return receipt != null;
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean correctionPending() {
        return correctionRequestedOn != null && correctedOn == null;
    }

    public boolean consulting() {
        return consultationSince != null;
    }

    ApplicationState withReceipt(ApplicationReceived value) {
        return new ApplicationState(value, value.applicantType(), correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision);
    }

    ApplicationState withApplicantType(ApplicantType value) {
        return new ApplicationState(receipt, value, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision);
    }

    ApplicationState withCorrectionRequestedOn(LocalDate value) {
        return new ApplicationState(receipt, applicantType, value, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision);
    }

    ApplicationState withCorrectedOn(LocalDate value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, value, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision);
    }

    ApplicationState withExtension(ApplicationExtended value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, value,
                consultationSince, lastConsultationEndedOn, deadline, decision);
    }

    ApplicationState withConsultation(LocalDate since, LocalDate lastEndedOn) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                since, lastEndedOn, deadline, decision);
    }

    ApplicationState withDeadline(DeadlineSet value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, value, decision);
    }

    ApplicationState withDecision(ApplicationDecided value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, value);
    }
}
