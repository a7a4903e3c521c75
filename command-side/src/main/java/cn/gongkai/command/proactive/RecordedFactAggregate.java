package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.proactive.ProactiveEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A fact that stands alone: a tally of decisions or a fee collected. Each is its own one-event stream, named by the
 * CloudEvent that brought it, so recording it again changes nothing and other content under its name conflicts.
 * The events do not carry that name, so the identifier comes from the command, and from the stream on replay.
 */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class RecordedFactAggregate {

    @AggregateIdentifier
    private String id;
    private ProactiveEvent recorded;

    protected RecordedFactAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordDecisions command, Clock clock) {
        return emit(command, decide(command, recorded, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RecordFeeCollection command, Clock clock) {
        return emit(command, decide(command, recorded, BusinessTime.today(clock)));
    }

    @EventSourcingHandler
    void on(ProactiveEvent event, @SourceId String streamId) {
        id = streamId;
        recorded = event;
    }

    public static List<ProactiveEvent> decide(RecordDecisions command, ProactiveEvent recorded, LocalDate today) {
        if (command.count() < 1) {
            throw new RuleViolation("INVALID_COUNT", false, "count must be at least 1, not " + command.count());
        }
        return decide(command, new DecisionsRecorded(command.organ(), command.kind(), command.decidedOn(),
                command.count()), recorded, today);
    }

    public static List<ProactiveEvent> decide(RecordFeeCollection command, ProactiveEvent recorded, LocalDate today) {
        if (command.amount().signum() <= 0) {
            throw new RuleViolation("INVALID_AMOUNT", false, "amount must be positive, not " + command.amount());
        }
        return decide(command, new FeeCollected(command.organ(), command.collectedOn(), command.amount()), recorded,
                today);
    }

    private static List<ProactiveEvent> decide(OrganCommand command, ProactiveEvent fact, ProactiveEvent recorded,
                                               LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        if (fact.equals(recorded)) {
            return List.of();
        }
        if (recorded != null) {
            throw new RuleViolation("CONFLICTING_FACT", true, command.aggregateId()
                    + " was already recorded as " + recorded);
        }
        return List.of(fact);
    }

    private int emit(OrganCommand command, List<ProactiveEvent> events) {
        if (!events.isEmpty()) {
            id = command.aggregateId();
        }
        events.forEach(event -> apply(event));
        return events.size();
    }
}
