package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.CorrectionRequested;
import cn.gongkai.events.application.DeadlineSet;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.Rows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Keeps what the statutory clock needs of each application: receipt, correction, extension, consultations, an
 * Art. 35 deadline, decision. {@link ApplicationFactsProjection} moves the position for these events.
 */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class ApplicationClockProjection {

    static final String TABLE = "application_clock";

    private final FactTable facts;
    private final JdbcTemplate jdbc;

    public ApplicationClockProjection(FactTable facts, JdbcTemplate jdbc) {
        this.facts = facts;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationReceived event, TrackingToken token) {
        facts.upsert(TABLE, key(event), Rows.of("applicant_type", event.applicantType(), "received_on",
                event.receivedOn(), "extension_days", 0, "consultations", ""), position(token));
    }

    @EventHandler
    void on(ApplicantTypeCorrected event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("applicant_type", event.applicantType()), position(token));
    }

    @EventHandler
    void on(CorrectionRequested event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("correction_requested_on", event.requestedOn()), position(token));
    }

    @EventHandler
    void on(ApplicationCorrected event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("corrected_on", event.correctedOn()), position(token));
    }

    @EventHandler
    void on(ApplicationExtended event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("extension_days", event.workingDays()), position(token));
    }

    @EventHandler
    void on(ConsultationStarted event, TrackingToken token) {
        String consultations = consultations(event);
        String started = (consultations.isEmpty() ? "" : consultations + ";") + event.on() + "/";
        facts.update(TABLE, key(event), Rows.of("consultations", started), position(token));
    }

    @EventHandler
    void on(ConsultationEnded event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("consultations", consultations(event) + event.on()), position(token));
    }

    @EventHandler
    void on(DeadlineSet event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("set_due_on", event.dueOn()), position(token));
    }

    @EventHandler
    void on(ApplicationDecided event, TrackingToken token) {
        facts.update(TABLE, key(event), Rows.of("decided_on", event.decidedOn()), position(token));
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(TABLE);
    }

    /** The consultations as this batch leaves them so far, or as the table holds them. */
    private String consultations(ApplicationEvent event) {
        return facts.pending(TABLE, key(event), "consultations").map(String.class::cast).orElseGet(() -> jdbc.query(
                "select consultations from " + TABLE + " where organ = ? and application_id = ?",
                rs -> rs.next() ? rs.getString(1) : "", event.organ().value(), event.applicationId().value()));
    }

    private static Map<String, Object> key(ApplicationEvent event) {
        return Rows.of("organ", event.organ(), "application_id", event.applicationId());
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow();
    }
}
