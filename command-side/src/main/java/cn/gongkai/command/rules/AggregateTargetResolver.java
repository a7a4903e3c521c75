package cn.gongkai.command.rules;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Routes every command that {@link TargetsAggregate names its aggregate}, publishing a report among them; others
 * name their target with {@code @TargetAggregateIdentifier}. Axon uses this bean for every aggregate.
 */
@Component("aggregateTargetResolver")
public class AggregateTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof TargetsAggregate targeted) {
            return new VersionedAggregateIdentifier(targeted.aggregateId(), null);
        }
        return annotated.resolveTarget(command);
    }
}
