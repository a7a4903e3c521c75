package cn.gongkai.query.narrative;

import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.Rows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Keeps the latest text of each narrative section of each organ's report. */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class NarrativeProjection {

    static final String TABLE = "narrative";

    private final FactTable facts;
    private final ProjectionPositions positions;

    public NarrativeProjection(FactTable facts, ProjectionPositions positions) {
        this.facts = facts;
        this.positions = positions;
    }

    @EventHandler
    void on(NarrativeWritten event, TrackingToken token) {
        facts.upsert(TABLE, Rows.of("organ", event.organ(), "report_year", event.year().value(), "section",
                event.section()), Rows.of("body", event.text()), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(TABLE);
    }
}
