package cn.gongkai.command.yearclose;

import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.command.batching.DeferredStatements;
import cn.gongkai.events.report.ReportingYear;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Each application's receipt and decision dates, kept by a subscribing processor so that a row is written in the
 * same transaction as the event: when a year is closed, the list of open applications is exact. A request's rows
 * are written together as it commits ({@link DeferredStatements}).
 */
@Component
@ProcessingGroup(ApplicationRegistry.PROCESSING_GROUP)
public class ApplicationRegistry {

    public static final String PROCESSING_GROUP = "application-registry";

    private final JdbcTemplate jdbc;

    public ApplicationRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A receipt is recorded once per application (the decider refuses a second, different one). */
    @EventHandler
    void on(ApplicationReceived event) {
        DeferredStatements.add(jdbc, "insert into application_registry (organ, application_id, received_on) "
                        + "values (?, ?, ?)",
                event.organ().value(), event.applicationId().value(), Date.valueOf(event.receivedOn()));
    }

    @EventHandler
    void on(ApplicationDecided event) {
        DeferredStatements.add(jdbc, "update application_registry set decided_on = ? where organ = ? "
                        + "and application_id = ?",
                Date.valueOf(event.decidedOn()), event.organ().value(), event.applicationId().value());
    }

    @EventHandler
    void on(ProcessingFeeCharged event) {
        DeferredStatements.add(jdbc, "update application_registry set fee_noticed_on = ?, fee_paid = false "
                        + "where organ = ? "
                        + "and application_id = ? and (fee_noticed_on is null or fee_noticed_on <= ?)",
                Date.valueOf(event.on()), event.organ().value(), event.applicationId().value(),
                Date.valueOf(event.on()));
    }

    @EventHandler
    void on(ProcessingFeePaid event) {
        DeferredStatements.add(jdbc, "update application_registry set fee_paid = true where organ = ? "
                        + "and application_id = ?",
                event.organ().value(), event.applicationId().value());
    }

    /** An open application whose latest fee notice is unpaid. */
    public record UnpaidNotice(String organ, String applicationId, LocalDate noticedOn) {
    }

    public List<UnpaidNotice> unpaidNotices() {
        return jdbc.query("select organ, application_id, fee_noticed_on from application_registry "
                        + "where fee_noticed_on is not null and not fee_paid and decided_on is null "
                        + "order by organ, application_id",
                (rs, i) -> new UnpaidNotice(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()));
    }

    /** Applications of the organ received by the end of the year and not decided by then. */
    public List<String> openAtEndOf(String organ, ReportingYear year) {
        Date next = Date.valueOf(year.nextYearFirstDay());
        return jdbc.queryForList("select application_id from application_registry where organ = ? "
                + "and received_on < ? and (decided_on is null or decided_on >= ?) order by application_id",
                String.class, organ, next, next);
    }

    public List<String> organs() {
        return jdbc.queryForList("select distinct organ from application_registry order by organ", String.class);
    }
}
