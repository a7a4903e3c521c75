package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.Rows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Keeps one row of facts per application: category, receipt, decision. Table 三 of any year is tallied from these
 * rows, so an event delivered twice only sets the same values again, and an older event never overwrites a newer.
 */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class ApplicationFactsProjection {

    static final String TABLE = "application_fact";

    private final FactTable facts;
    private final ProjectionPositions positions;

    public ApplicationFactsProjection(FactTable facts, ProjectionPositions positions) {
        this.facts = facts;
        this.positions = positions;
    }

    @EventHandler
    void on(ApplicationReceived event, TrackingToken token) {
        facts.upsert(TABLE, key(event), Rows.of("applicant_type", event.applicantType(), "received_on",
                event.receivedOn()), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(ApplicantTypeCorrected event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("applicant_type", event.applicantType()),
                token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(ApplicationDecided event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("decided_on", event.decidedOn(), "outcome", event.outcome()),
                token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    /** Events that do not change table 三 still move the projection's position. */
    @EventHandler
    void on(ApplicationEvent event, TrackingToken token) {
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(TABLE);
        positions.reset(Projections.STATISTICS);
    }

    private static Map<String, Object> key(ApplicationEvent event) {
        return Rows.of("organ", event.organ(), "application_id", event.applicationId());
    }
}
