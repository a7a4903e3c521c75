package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.narrative.NarrativeWritten;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One section of prose of one organ's report for one year; writing the same text again changes nothing. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class NarrativeAggregate {

    @AggregateIdentifier
    private String id;
    private String text;

    protected NarrativeAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(WriteNarrative command, Clock clock) {
        List<NarrativeWritten> events = decide(command, text, BusinessTime.today(clock));
        events.forEach(event -> apply(event));
        return events.size();
    }

    public static List<NarrativeWritten> decide(WriteNarrative command, String text, LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        if (command.text().equals(text)) {
            return List.of();
        }
        return List.of(new NarrativeWritten(command.organ(), command.year(), command.section(), command.text()));
    }

    @EventSourcingHandler
    void on(NarrativeWritten event) {
        id = StreamIds.narrative(event.organ(), event.year(), event.section());
        text = event.text();
    }
}
