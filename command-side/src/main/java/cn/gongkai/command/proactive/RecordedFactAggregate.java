package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.proactive.ProactiveEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/**
 * The Axon shell around {@link RecordedFactDecider}. The events do not carry the fact's name, so the stream's
 * identifier comes from the command, and from the stream on replay, as for every {@link DeciderAggregate}.
 */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class RecordedFactAggregate extends DeciderAggregate<RecordedFactCommand, ProactiveEvent, ProactiveEvent> {

    protected RecordedFactAggregate() {
    }

    @Override
    protected Decider<RecordedFactCommand, ProactiveEvent, ProactiveEvent> decider() {
        return RecordedFactDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordDecisions command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordFeeCollection command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
