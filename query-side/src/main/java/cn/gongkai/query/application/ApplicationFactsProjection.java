package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;

/**
 * Keeps one row of facts per application: category, receipt, decision. Table 三 of any year is tallied from these
 * rows, so an event delivered twice only sets the same values again, and an older event never overwrites a newer.
 */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class ApplicationFactsProjection {

    private final JdbcTemplate jdbc;
    private final ProjectionPositions positions;

    public ApplicationFactsProjection(JdbcTemplate jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(ApplicationReceived event, TrackingToken token) {
        long position = token.position().orElseThrow();
        int updated = jdbc.update("update application_fact set applicant_type = ?, received_on = ?, last_position = ? "
                        + "where organ = ? and application_id = ? and last_position < ?",
                event.applicantType().name(), Date.valueOf(event.receivedOn()), position,
                event.organ().value(), event.applicationId().value(), position);
        if (updated == 0 && !exists(event)) {
            jdbc.update("insert into application_fact (organ, application_id, applicant_type, received_on, "
                            + "last_position) values (?, ?, ?, ?, ?)",
                    event.organ().value(), event.applicationId().value(), event.applicantType().name(),
                    Date.valueOf(event.receivedOn()), position);
        }
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(ApplicantTypeCorrected event, TrackingToken token) {
        long position = token.position().orElseThrow();
        jdbc.update("update application_fact set applicant_type = ?, last_position = ? "
                        + "where organ = ? and application_id = ? and last_position < ?",
                event.applicantType().name(), position, event.organ().value(), event.applicationId().value(),
                position);
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(ApplicationDecided event, TrackingToken token) {
        long position = token.position().orElseThrow();
        jdbc.update("update application_fact set decided_on = ?, outcome = ?, last_position = ? "
                        + "where organ = ? and application_id = ? and last_position < ?",
                Date.valueOf(event.decidedOn()), event.outcome().name(), position, event.organ().value(),
                event.applicationId().value(), position);
        positions.advance(Projections.STATISTICS, token);
    }

    /** Events that do not change table 三 still move the projection's position. */
    @EventHandler
    void on(ApplicationEvent event, TrackingToken token) {
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from application_fact");
        positions.reset(Projections.STATISTICS);
    }

    private boolean exists(ApplicationEvent event) {
        Integer count = jdbc.queryForObject("select count(*) from application_fact where organ = ? "
                + "and application_id = ?", Integer.class, event.organ().value(), event.applicationId().value());
        return count != null && count > 0;
    }
}
