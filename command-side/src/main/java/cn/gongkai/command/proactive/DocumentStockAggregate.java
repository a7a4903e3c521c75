package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organ's declared opening balances of one kind of document; a new figure for a day supersedes the old. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class DocumentStockAggregate {

    @AggregateIdentifier
    private String id;
    private final Map<LocalDate, Long> declared = new HashMap<>();

    protected DocumentStockAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(DeclareStock command, Clock clock) {
        List<DocumentStockDeclared> events = decide(command, declared, BusinessTime.today(clock));
        events.forEach(event -> apply(event));
        return events.size();
    }

    @EventSourcingHandler
    void on(DocumentStockDeclared event) {
        id = StreamIds.documentStock(event.organ(), event.kind());
        declared.put(event.asOf(), event.inForce());
    }

    public static List<DocumentStockDeclared> decide(DeclareStock command, Map<LocalDate, Long> declared, LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        if (command.inForce() < 0) {
            throw new RuleViolation("INVALID_COUNT", false, "inForce cannot be negative: " + command.inForce());
        }
        if (Long.valueOf(command.inForce()).equals(declared.get(command.asOf()))) {
            return List.of();
        }
        return List.of(new DocumentStockDeclared(command.organ(), command.kind(), command.inForce(), command.asOf()));
    }
}
