package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.CorrectionRequested;
import cn.gongkai.events.application.DeadlineSet;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An application's events so far, asked the questions its decider asks. Where a kind of fact was recorded more than
 * once, the last one counts; null means never recorded.
 */
public record ApplicationHistory(List<ApplicationEvent> events) {

    public static final ApplicationHistory EMPTY = new ApplicationHistory(List.of());

    public ApplicationHistory {
        events = List.copyOf(events);
    }

    ApplicationHistory plus(ApplicationEvent event) {
        List<ApplicationEvent> more = new ArrayList<>(events);
        more.add(event);
        return new ApplicationHistory(more);
    }

    public ApplicationReceived receipt() {
        return last(ApplicationReceived.class);
    }

    /** The category fixed at receipt, or as last corrected. */
    public ApplicantType applicantType() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof ApplicantTypeCorrected corrected) {
                return corrected.applicantType();
            } else if (events.get(i) instanceof ApplicationReceived received) {
                return received.applicantType();
            }
        }
        return null;
    }

    public ApplicationDecided decision() {
        return last(ApplicationDecided.class);
    }

    LocalDate correctionRequestedOn() {
        CorrectionRequested requested = last(CorrectionRequested.class);
        return requested == null ? null : requested.requestedOn();
    }

    LocalDate correctedOn() {
        ApplicationCorrected corrected = last(ApplicationCorrected.class);
        return corrected == null ? null : corrected.correctedOn();
    }

    boolean correctionPending() {
        return correctionRequestedOn() != null && correctedOn() == null;
    }

    ApplicationExtended extension() {
        return last(ApplicationExtended.class);
    }

    /** The start of the consultation under way, or null when none is. */
    LocalDate consultationSince() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof ConsultationStarted started) {
                return started.on();
            } else if (events.get(i) instanceof ConsultationEnded) {
                return null;
            }
        }
        return null;
    }

    LocalDate lastConsultationEndedOn() {
        ConsultationEnded ended = last(ConsultationEnded.class);
        return ended == null ? null : ended.on();
    }

    DeadlineSet deadline() {
        return last(DeadlineSet.class);
    }

    boolean carriedOver(ReportingYear year) {
        return events.stream().anyMatch(event -> event instanceof ApplicationCarriedOver carried
                && carried.year().equals(year));
    }

    boolean recorded(ApplicationEvent event) {
        return events.contains(event);
    }

    Optional<LocalDate> firstFeeNotice() {
        return events.stream().filter(ProcessingFeeCharged.class::isInstance).map(ProcessingFeeCharged.class::cast)
                .map(ProcessingFeeCharged::on).min(LocalDate::compareTo);
    }

    boolean feePaid() {
        return events.stream().anyMatch(event -> event instanceof ProcessingFeePaid);
    }

    private <T extends ApplicationEvent> T last(Class<T> type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (type.isInstance(events.get(i))) {
                return type.cast(events.get(i));
            }
        }
        return null;
    }
}
