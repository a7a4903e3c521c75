package cn.gongkai.events.report;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What table 三 needs to know of one application: its category, receipt date and, once decided, the decision's
 * date and outcome. {@code decidedOn} and {@code outcome} are both null while the application is open.
 */
public record ApplicationFact(ApplicantType applicantType, LocalDate receivedOn, LocalDate decidedOn,
                              Outcome outcome) {

    public ApplicationFact {
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if ((decidedOn == null) != (outcome == null)) {
            throw new IllegalArgumentException("decidedOn and outcome go together");
        }
    }

    public static ApplicationFact open(ApplicantType type, LocalDate receivedOn) {
        return new ApplicationFact(type, receivedOn, null, null);
    }

    public boolean decidedBefore(LocalDate day) {
        return decidedOn != null && decidedOn.isBefore(day);
    }
}
