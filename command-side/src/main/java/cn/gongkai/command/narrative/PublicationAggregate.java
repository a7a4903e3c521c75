package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.narrative.ReportPublished;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The publications of one organ's report for one year: each freezes the figures as they stood. Publishing the same
 * digest again changes nothing; a report republished after restatement is a new publication, never an edit.
 */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class PublicationAggregate {

    @AggregateIdentifier
    private String id;
    private ReportPublished latest;

    protected PublicationAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishReport command, Clock clock) {
        if (command.publishedOn().isAfter(BusinessTime.today(clock))) {
            throw new RuleViolation(BusinessDates.FUTURE_DATE, false, "a report cannot be published on "
                    + command.publishedOn() + ", after today");
        }
        if (command.publishedOn().getYear() <= command.year().value()) {
            throw new RuleViolation("YEAR_NOT_ENDED", true, "the report for " + command.year()
                    + " can be published from 1 January " + (command.year().value() + 1));
        }
        if (latest != null && latest.digest().equals(command.digest()) && latest.position() == command.position()) {
            return 0;
        }
        apply(new ReportPublished(command.organ(), command.year(), command.scope(), command.publishedOn(),
                command.position(), command.digest(), command.figures()));
        return 1;
    }

    @EventSourcingHandler
    void on(ReportPublished event) {
        id = StreamIds.publication(event.organ(), event.year(), event.scope());
        latest = event;
    }
}
