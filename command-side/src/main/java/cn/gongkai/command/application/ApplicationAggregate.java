package cn.gongkai.command.application;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.application.ApplicationEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/**
 * The Axon shell around {@link ApplicationDecider}: each command type is routed to the one decide path of
 * {@link DeciderAggregate}, which answers how many events it applied, so that a caller can tell a new fact from one
 * already recorded.
 */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class ApplicationAggregate extends DeciderAggregate<ApplicationCommand, ApplicationState, ApplicationEvent> {

    protected ApplicationAggregate() {
    }

    @Override
    protected Decider<ApplicationCommand, ApplicationState, ApplicationEvent> decider() {
        return ApplicationDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordReceipt command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(CorrectApplicantType command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RequestCorrection command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordCorrection command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ExtendDeadline command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(StartConsultation command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(EndConsultation command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(SetDeadline command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordDecision command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordCarryOver command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(ChargeProcessingFee command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordProcessingFeePayment command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
