package cn.gongkai.command.review;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.review.CaseEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/** The Axon shell around {@link CaseDecider}; each handler answers how many events it applied. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class CaseAggregate extends DeciderAggregate<CaseCommand, CaseState, CaseEvent> {

    protected CaseAggregate() {
    }

    @Override
    protected Decider<CaseCommand, CaseState, CaseEvent> decider() {
        return CaseDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(FileReview command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ConcludeReview command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(FileLawsuit command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ConcludeLawsuit command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
