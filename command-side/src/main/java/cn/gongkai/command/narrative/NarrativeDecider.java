package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
import cn.gongkai.events.narrative.NarrativeWritten;

import java.time.LocalDate;
import java.util.List;

/** One section of prose of one organ's report for one year; the state is its text, or null before any. */
public final class NarrativeDecider implements Decider<WriteNarrative, String, NarrativeWritten> {

    public static final NarrativeDecider INSTANCE = new NarrativeDecider();

    private NarrativeDecider() {
    }

    @Override
    public String initialState() {
        return null;
    }

    /** Writing the same text again changes nothing. */
    @Override
    public List<NarrativeWritten> decide(WriteNarrative command, String text, LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        if (command.text().equals(text)) {
            return List.of();
        }
        return List.of(new NarrativeWritten(command.organ(), command.year(), command.section(), command.text()));
    }

    @Override
    public String evolve(String text, NarrativeWritten event) {
        return event.text();
    }
}
