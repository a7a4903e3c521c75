package cn.gongkai.query.review;

import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;
import cn.gongkai.events.review.CaseEvent;
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

/** Keeps one row per review or lawsuit case: filing, conclusion, result. */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class CaseProjection {

    static final String TABLE = "case_fact";

    private final FactTable facts;
    private final ProjectionPositions positions;

    public CaseProjection(FactTable facts, ProjectionPositions positions) {
        this.facts = facts;
        this.positions = positions;
    }

    @EventHandler
    void on(ReviewFiled event, TrackingToken token) {
        filed(event, false, event.applicationId() == null ? null : event.applicationId().value(), token);
    }

    @EventHandler
    void on(LawsuitFiled event, TrackingToken token) {
        filed(event, event.afterReview(), event.applicationId() == null ? null : event.applicationId().value(), token);
    }

    @EventHandler
    void on(ReviewConcluded event, TrackingToken token) {
        concluded(event, Rows.of("concluded_on", event.concludedOn(), "result", event.result()), token);
    }

    @EventHandler
    void on(LawsuitConcluded event, TrackingToken token) {
        concluded(event, Rows.of("concluded_on", event.concludedOn(), "result", event.result()), token);
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(TABLE);
    }

    private void filed(CaseEvent event, boolean afterReview, String applicationId, TrackingToken token) {
        facts.upsert(TABLE, key(event), Rows.of("after_review", afterReview, "filed_on", event.businessDate(),
                "application_id", applicationId), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    private void concluded(CaseEvent event, Map<String, Object> conclusion, TrackingToken token) {
        facts.update(TABLE, key(event), conclusion, token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    private static Map<String, Object> key(CaseEvent event) {
        return Rows.of("organ", event.organ(), "case_kind", event.kind(), "case_id", event.caseId());
    }
}
