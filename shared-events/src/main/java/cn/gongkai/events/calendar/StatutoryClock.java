package cn.gongkai.events.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The reply deadline of an application (Art. 30, 32–35 of the Regulation), counted in working days:
 * <ul>
 *   <li>20 working days, day 1 being the first working day after receipt;</li>
 *   <li>a correction request stops the clock; it starts again, from zero, after the day the corrected application
 *       arrives (day 1 is the first working day after it); while the correction is awaited there is no deadline;</li>
 *   <li>an extension adds its working days (at most 20, enforced on receipt of the fact);</li>
 *   <li>a consultation does not count: the working days after it started, up to and including the day it ended,
 *       are skipped; while one is open the clock is paused and there is no deadline;</li>
 *   <li>an Art. 35 deadline set by the organ replaces all of this.</li>
 * </ul>
 * A deadline that runs into a year without a working-day calendar is not guessed: the clock runs, its last day is
 * unknown, and the year it awaits is named. Such a deadline lies after the last day of the year before that one.
 */
public final class StatutoryClock {

    public static final int REPLY_WORKING_DAYS = 20;

    private StatutoryClock() {
    }

    /** Where the clock stands. */
    public enum State {
        RUNNING,
        AWAITING_CORRECTION,
        PAUSED_FOR_CONSULTATION,
        DECIDED
    }

    /** A consultation: started on one day, ended on another (null while open). */
    public record Consultation(LocalDate startedOn, LocalDate endedOn) {
    }

    /** What the clock needs to know of an application. */
    public record Facts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctedOn,
                        int extensionWorkingDays, List<Consultation> consultations, LocalDate setDueOn,
                        LocalDate decidedOn) {

        public Facts {
            Objects.requireNonNull(receivedOn, "receivedOn");
            consultations = consultations == null ? List.of() : List.copyOf(consultations);
        }
    }

    /**
     * The clock's state and, when it runs, the last day to reply; when that day cannot be told for want of a year's
     * working-day calendar, {@code dueOn} is null and {@code awaitingCalendar} is that year.
     */
    public record Deadline(State state, LocalDate dueOn, Integer awaitingCalendar) {

        public Deadline(State state, LocalDate dueOn) {
            this(state, dueOn, null);
        }
    }

    public static Deadline of(Facts facts, WorkingCalendar calendar) {
        State state = facts.decidedOn() != null ? State.DECIDED : State.RUNNING;
        if (facts.setDueOn() != null) {
            return new Deadline(state, facts.setDueOn());
        }
        if (facts.correctionRequestedOn() != null && facts.correctedOn() == null) {
            return new Deadline(state == State.DECIDED ? state : State.AWAITING_CORRECTION, null);
        }
        if (facts.consultations().stream().anyMatch(c -> c.endedOn() == null)) {
            return new Deadline(state == State.DECIDED ? state : State.PAUSED_FOR_CONSULTATION, null);
        }
        LocalDate start = facts.correctedOn() != null ? facts.correctedOn() : facts.receivedOn();
        int needed = REPLY_WORKING_DAYS + facts.extensionWorkingDays();
        LocalDate day = start;
        try {
            for (int counted = 0; counted < needed; ) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day) && !consulting(day, facts.consultations())) {
                    counted++;
                }
            }
        } catch (UnknownCalendarYear missing) {
            return new Deadline(state, null, missing.year());
        }
        return new Deadline(state, day);
    }

    private static boolean consulting(LocalDate day, List<Consultation> consultations) {
        return consultations.stream().anyMatch(c -> day.isAfter(c.startedOn()) && !day.isAfter(c.endedOn()));
    }
}
