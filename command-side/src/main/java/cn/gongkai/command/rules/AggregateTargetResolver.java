package cn.gongkai.command.rules;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.narrative.PublishReport;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Routes every command that {@link TargetsAggregate names its aggregate}, and the query side's
 * {@link PublishReport}; others name their target with {@code @TargetAggregateIdentifier}. Axon uses this bean
 * for every aggregate.
 */
@Component("aggregateTargetResolver")
public class AggregateTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof TargetsAggregate targeted) {
            return new VersionedAggregateIdentifier(targeted.aggregateId(), null);
        }
        if (command.getPayload() instanceof PublishReport publish) {
            return new VersionedAggregateIdentifier(
                    StreamIds.publication(publish.organ(), publish.year(), publish.scope()), null);
        }
        return annotated.resolveTarget(command);
    }
}
