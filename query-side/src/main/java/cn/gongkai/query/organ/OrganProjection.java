package cn.gongkai.query.organ;

import cn.gongkai.events.organ.OrganRegistered;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Rows;
import cn.gongkai.query.projection.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Keeps the directory of organs: the latest registration of each. */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class OrganProjection {

    private final FactTable facts;
    private final ProjectionPositions positions;

    public OrganProjection(FactTable facts, ProjectionPositions positions) {
        this.facts = facts;
        this.positions = positions;
    }

    @EventHandler
    void on(OrganRegistered event, TrackingToken token) {
        facts.upsert("organ", Rows.of("organ", event.organ()), Rows.of("name", event.name(), "parent",
                event.parent() == null ? null : event.parent().value()), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        facts.deleteAll("organ");
    }
}
