package cn.gongkai.query.projection;

import cn.gongkai.query.projection.fold.FactChange;
import cn.gongkai.query.projection.fold.StatisticsFold;
import cn.gongkai.query.projection.fold.StatisticsTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The live statistics projection: every event's changes from the {@link StatisticsFold}, written with the rest of
 * its batch ({@link FactTable}: idempotent, an older event never overwriting a newer), and the projection's position,
 * in the batch's transaction. One handler for every event, so a batch costs one dispatch per event.
 */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class StatisticsProjection {

    private final StatisticsFold fold;
    private final FactTable facts;
    private final ProjectionPositions positions;

    public StatisticsProjection(StatisticsFold fold, FactTable facts, ProjectionPositions positions) {
        this.fold = fold;
        this.facts = facts;
        this.positions = positions;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String eventId, TrackingToken token) {
        for (FactChange change : fold.changes(event, eventId, token.position().orElseThrow())) {
            facts.apply(change);
        }
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        StatisticsTables.KEPT.forEach(facts::deleteAll);
        positions.reset(Projections.STATISTICS);
    }
}
