package cn.gongkai.command.organ;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.organ.OrganRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/** The Axon shell around {@link OrganDecider}; the handler answers how many events it applied. */
@Aggregate
public class OrganAggregate extends DeciderAggregate<RegisterOrgan, OrganRegistered, OrganRegistered> {

    protected OrganAggregate() {
    }

    @Override
    protected Decider<RegisterOrgan, OrganRegistered, OrganRegistered> decider() {
        return OrganDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RegisterOrgan command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
