package cn.gongkai.command.yearclose;

import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.command.batching.DeferredStatements;
import cn.gongkai.events.report.ReportingYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Each application's receipt and decision dates and its latest fee notice, written by the batch path in the same
 * transaction as the events (before them, see {@link cn.gongkai.command.append.EventAppender}): when a year is
 * closed, the list of open applications is exact, and the fee lapse job finds every unpaid notice. Consecutive rows of
 * one kind are one JDBC batch.
 */
@Repository
public class ApplicationRegistry {

    private final JdbcTemplate jdbc;

    public ApplicationRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records what these events change; events that change nothing here are passed over. Receipts go first (a batch
     * may receive an application and decide it), then decisions, then fee notices and payments in their own order,
     * so that the rows of one kind are one JDBC batch.
     */
    public void record(List<?> events) {
        DeferredStatements rows = DeferredStatements.collecting();
        for (Object event : events) {
            if (event instanceof ApplicationReceived e) {
                rows.statement("insert into application_registry (organ, application_id, received_on) "
                        + "values (?, ?, ?)", e.organ().value(), e.applicationId().value(), Date.valueOf(e.receivedOn()));
            }
        }
        for (Object event : events) {
            if (event instanceof ApplicationDecided e) {
                rows.statement("update application_registry set decided_on = ? where organ = ? and application_id = ?",
                        Date.valueOf(e.decidedOn()), e.organ().value(), e.applicationId().value());
            }
        }
        for (Object event : events) {
            if (event instanceof ProcessingFeeCharged e) {
                rows.statement("update application_registry set fee_noticed_on = ?, fee_paid = false where organ = ? "
                                + "and application_id = ? and (fee_noticed_on is null or fee_noticed_on <= ?)",
                        Date.valueOf(e.on()), e.organ().value(), e.applicationId().value(), Date.valueOf(e.on()));
            } else if (event instanceof ProcessingFeePaid e) {
                rows.statement("update application_registry set fee_paid = true where organ = ? and application_id = ?",
                        e.organ().value(), e.applicationId().value());
            }
        }
        rows.runAll(jdbc);
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
