package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.DeadlineSet;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * What the decider must know of an application's past to judge the next command. {@code receipt} is null until
 * the application is received; {@code correctionRequestedOn} stays once set, since the law allows one request.
 */
public record ApplicationState(ApplicationReceived receipt, ApplicantType applicantType,
                               LocalDate correctionRequestedOn, LocalDate correctedOn,
                               ApplicationExtended extension, LocalDate consultationSince,
                               LocalDate lastConsultationEndedOn, DeadlineSet deadline,
                               ApplicationDecided decision, Set<ReportingYear> carriedOver,
                               Set<ProcessingFeeCharged> feeNotices, Set<ProcessingFeePaid> feePayments) {

    public static final ApplicationState NOT_RECEIVED = new ApplicationState(null, null, null, null, null, null, null,
            null, null, Set.of(), Set.of(), Set.of());

    public ApplicationState {
        carriedOver = Set.copyOf(carriedOver);
        feeNotices = Set.copyOf(feeNotices);
        feePayments = Set.copyOf(feePayments);
    }

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
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withApplicantType(ApplicantType value) {
        return new ApplicationState(receipt, value, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withCorrectionRequestedOn(LocalDate value) {
        return new ApplicationState(receipt, applicantType, value, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withCorrectedOn(LocalDate value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, value, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withExtension(ApplicationExtended value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, value,
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withConsultation(LocalDate since, LocalDate lastEndedOn) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                since, lastEndedOn, deadline, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withDeadline(DeadlineSet value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, value, decision, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withDecision(ApplicationDecided value) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, value, carriedOver, feeNotices, feePayments);
    }

    ApplicationState withCarriedOver(ReportingYear year) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision, plus(carriedOver, year), feeNotices,
                feePayments);
    }

    ApplicationState withFeeNotice(ProcessingFeeCharged notice) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, plus(feeNotices, notice),
                feePayments);
    }

    ApplicationState withFeePayment(ProcessingFeePaid payment) {
        return new ApplicationState(receipt, applicantType, correctionRequestedOn, correctedOn, extension,
                consultationSince, lastConsultationEndedOn, deadline, decision, carriedOver, feeNotices,
                plus(feePayments, payment));
    }

    private static <T> Set<T> plus(Set<T> set, T element) {
        Set<T> more = new HashSet<>(set);
        more.add(element);
        return more;
    }
}
