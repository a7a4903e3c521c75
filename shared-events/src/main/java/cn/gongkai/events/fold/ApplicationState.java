package cn.gongkai.events.fold;

import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.report.ApplicationFact;

import java.time.LocalDate;

/**
 * An application's facts for table 三 as far as its events have gone; {@code receivedOn} is null until it is received.
 * Events that table 三 does not read (corrections, extensions, consultations, deadlines, carry-overs, fees) leave it
 * as it is.
 */
public record ApplicationState(ApplicantType applicantType, LocalDate receivedOn, LocalDate decidedOn,
                               Outcome outcome) {

    /** Before any event of the application. */
    public static final ApplicationState NONE = new ApplicationState(null, null, null, null);

    /** The state after the event; this very state when the event changes none of its facts. */
    public ApplicationState evolve(ApplicationEvent event) {
        if (event instanceof ApplicationReceived received) {
            return new ApplicationState(received.applicantType(), received.receivedOn(), decidedOn, outcome);
        }
        if (event instanceof ApplicantTypeCorrected corrected) {
            return new ApplicationState(corrected.applicantType(), receivedOn, decidedOn, outcome);
        }
        if (event instanceof ApplicationDecided decided) {
            return new ApplicationState(applicantType, receivedOn, decided.decidedOn(), decided.outcome());
        }
        return this;
    }

    public boolean received() {
        return receivedOn != null;
    }

    /** The fact the counting rules read; only of a received application. */
    public ApplicationFact fact() {
        return new ApplicationFact(applicantType, receivedOn, decidedOn, outcome);
    }
}
