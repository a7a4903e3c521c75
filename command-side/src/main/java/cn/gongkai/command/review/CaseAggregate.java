package cn.gongkai.command.review;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.review.CaseEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The Axon shell around {@link CaseDecider}; each handler answers how many events it applied. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class CaseAggregate {

    @AggregateIdentifier
    private String id;
    private CaseState state = CaseState.NOT_FILED;

    protected CaseAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(FileReview command, Clock clock) {
        return emit(command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ConcludeReview command, Clock clock) {
        return emit(command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(FileLawsuit command, Clock clock) {
        return emit(command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ConcludeLawsuit command, Clock clock) {
        return emit(command, clock);
    }

    @EventSourcingHandler
    void on(CaseEvent event) {
        id = StreamIds.legalCase(event.organ(), event.kind(), event.caseId());
        state = CaseDecider.evolve(state, event);
    }

    private int emit(CaseCommand command, Clock clock) {
        List<CaseEvent> events = CaseDecider.decide(command, state, BusinessTime.today(clock));
        events.forEach(event -> apply(event));
        return events.size();
    }
}
