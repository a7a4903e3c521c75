package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.proactive.ProactiveEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/** The Axon shell around {@link DocumentDecider}; each handler answers how many events it applied. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class DocumentAggregate extends DeciderAggregate<DocumentCommand, DocumentState, ProactiveEvent> {

    protected DocumentAggregate() {
    }

    @Override
    protected Decider<DocumentCommand, DocumentState, ProactiveEvent> decider() {
        return DocumentDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(IssueDocument command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RepealDocument command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
