package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.PositionRange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code replica} in {@code /actuator/health} and in the {@code figures} group ({@code /actuator/health/figures}):
 * DOWN while the copy of the history lacks positions, naming them; UP otherwise, and always in the embedded default,
 * which reads the event store itself.
 */
@Component("replicaHealthIndicator")
public class ReplicaHealthIndicator implements HealthIndicator {

    private final ObjectProvider<ReplicaCompleteness> completeness;

    public ReplicaHealthIndicator(ObjectProvider<ReplicaCompleteness> completeness) {
        this.completeness = completeness;
    }

    @Override
    public Health health() {
        ReplicaCompleteness replica = completeness.getIfAvailable();
        if (replica == null) {
            return Health.up().withDetail("reads", "the event store").build();
        }
        ReplicaCompleteness.State state = replica.state();
        Health.Builder health = state.missing().isEmpty() ? Health.up() : Health.down()
                .withDetail("missingPositions", PositionRange.format(state.missing()))
                .withDetail("missingCount", state.missingCount())
                .withDetail("figures", "withheld (503) until the missing positions are copied");
        return health.withDetail("completePosition", state.complete())
                .withDetail("settledPosition", state.settled())
                .build();
    }
}
