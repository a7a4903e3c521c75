package cn.gongkai.query.narrative;

import cn.gongkai.events.narrative.ReportPublished;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.Rows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Keeps the latest publication of each organ's report per year and scope. */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class PublicationProjection {

    static final String TABLE = "publication";

    private final FactTable facts;
    private final ProjectionPositions positions;
    private final ObjectMapper json;

    public PublicationProjection(FactTable facts, ProjectionPositions positions, ObjectMapper json) {
        this.facts = facts;
        this.positions = positions;
        this.json = json;
    }

    @EventHandler
    void on(ReportPublished event, TrackingToken token) throws JsonProcessingException {
        facts.upsert(TABLE, Rows.of("organ", event.organ(), "report_year", event.year().value(), "scope", event.scope()),
                Rows.of("published_on", event.publishedOn(), "position", event.position(), "digest", event.digest(),
                        "figures", json.writeValueAsString(event.figures())), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(TABLE);
    }
}
