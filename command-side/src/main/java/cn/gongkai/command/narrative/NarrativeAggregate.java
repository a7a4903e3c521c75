package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.narrative.NarrativeWritten;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/** The Axon shell around {@link NarrativeDecider}; the handler answers how many events it applied. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class NarrativeAggregate extends DeciderAggregate<WriteNarrative, String, NarrativeWritten> {

    protected NarrativeAggregate() {
    }

    @Override
    protected Decider<WriteNarrative, String, NarrativeWritten> decider() {
        return NarrativeDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(WriteNarrative command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
