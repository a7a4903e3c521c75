package cn.gongkai.command.application;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.application.ApplicationEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The Axon shell around {@link ApplicationDecider}: it loads the state, asks the decider, applies what it yields.
 * Every command may arrive first (a department's systems do not coordinate), so each handler creates the
 * aggregate if missing and lets the decider refuse what needs a receipt. Each handler answers how many events it
 * applied, so that ingestion can tell a new fact from one already recorded.
 */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class ApplicationAggregate {

    @AggregateIdentifier
    private String id;
    private ApplicationState state = ApplicationState.NOT_RECEIVED;

    protected ApplicationAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordReceipt command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(CorrectApplicantType command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RequestCorrection command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordCorrection command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ExtendDeadline command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(StartConsultation command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(EndConsultation command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(SetDeadline command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordDecision command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordCarryOver command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ChargeProcessingFee command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordProcessingFeePayment command, Clock clock) {
        return emit(ApplicationDecider.decide(command, state, BusinessTime.today(clock)));
    }

    @EventSourcingHandler
    void on(ApplicationEvent event) {
        id = StreamIds.application(event.organ(), event.applicationId());
        state = ApplicationDecider.evolve(state, event);
    }

    /** Applies the decided events and answers how many there were (none when the facts already held). */
    private static int emit(List<ApplicationEvent> events) {
        events.forEach(event -> apply(event));
        return events.size();
    }
}
