package cn.gongkai.command.organ;

import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An organ's registration; registering the same name and parent again changes nothing. */
@Aggregate
public class OrganAggregate {

    @AggregateIdentifier
    private String id;
    private OrganRegistered registration;

    protected OrganAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RegisterOrgan command) {
        List<OrganRegistered> events = decide(command, registration);
        events.forEach(event -> apply(event));
        return events.size();
    }

    @EventSourcingHandler
    void on(OrganRegistered event) {
        id = StreamIds.organ(event.organ());
        registration = event;
    }

    public static List<OrganRegistered> decide(RegisterOrgan command, OrganRegistered current) {
        if (command.organ().equals(command.parent())) {
            throw new RuleViolation("SELF_PARENT", false, "organ " + command.organ() + " cannot be its own parent");
        }
        OrganRegistered registered = new OrganRegistered(command.organ(), command.name(), command.parent());
        return registered.equals(current) ? List.of() : List.of(registered);
    }
}
