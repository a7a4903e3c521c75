package cn.gongkai.command.application;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Routes every {@link ApplicationCommand} to the aggregate of its organ and application; other commands name
 * their target with {@code @TargetAggregateIdentifier}. Axon uses this bean for every aggregate.
 */
@Component("applicationTargetResolver")
public class ApplicationTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof ApplicationCommand applicationCommand) {
            return new VersionedAggregateIdentifier(applicationCommand.aggregateId(), null);
        }
        return annotated.resolveTarget(command);
    }
}
