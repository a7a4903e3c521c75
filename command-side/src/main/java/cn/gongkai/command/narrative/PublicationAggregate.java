package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.narrative.ReportPublished;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

/**
 * The Axon shell around {@link PublicationDecider}: the query side sends {@link PublishReport} through Axon, the one
 * command the two sides share. The handler answers how many events it applied.
 */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class PublicationAggregate extends DeciderAggregate<PublishReport, ReportPublished, ReportPublished> {

    protected PublicationAggregate() {
    }

    @Override
    protected Decider<PublishReport, ReportPublished, ReportPublished> decider() {
        return PublicationDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishReport command, Clock clock) {
        return decide(StreamIds.publication(command.organ(), command.year(), command.scope()), command, clock);
    }
}
