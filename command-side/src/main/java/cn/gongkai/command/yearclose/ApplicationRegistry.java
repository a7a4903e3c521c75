package cn.gongkai.command.yearclose;

import cn.gongkai.command.append.WrittenWithEvents;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.command.batching.DeferredStatements;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.platform.StoreDatabase;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each application's receipt and decision dates and its latest fee notice, written by the batch path in the same
 * transaction as the events (before them, see {@link cn.gongkai.command.append.EventAppender}): when a year is
 * closed, the list of open applications is exact, and the fee lapse job finds every unpaid notice. Consecutive rows of
 * one kind are one JDBC batch.
 */
@Repository
public class ApplicationRegistry implements WrittenWithEvents {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public ApplicationRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records what these events change; events that change nothing here are passed over. Receipts go first (a batch
     * may receive an application and decide it), then decisions, then fee notices and payments in their own order,
     * so that the rows of one kind are one JDBC batch.
     */
    @Override
    public void record(List<?> events) {
        DeferredStatements receipts = DeferredStatements.collecting();
        List<ApplicationDecided> decisions = new ArrayList<>();
        DeferredStatements fees = DeferredStatements.collecting();
        for (Object event : events) {
            if (event instanceof ApplicationReceived e) {
                receipts.statement("insert into application_registry (organ, application_id, received_on) "
                        + "values (?, ?, ?)", e.organ().value(), e.applicationId().value(), Date.valueOf(e.receivedOn()));
            } else if (event instanceof ApplicationDecided e) {
                decisions.add(e);
            } else if (event instanceof ProcessingFeeCharged e) {
                fees.statement("update application_registry set fee_noticed_on = ?, fee_paid = false where organ = ? "
                                + "and application_id = ? and (fee_noticed_on is null or fee_noticed_on <= ?)",
                        Date.valueOf(e.on()), e.organ().value(), e.applicationId().value(), Date.valueOf(e.on()));
            } else if (event instanceof ProcessingFeePaid e) {
                fees.statement("update application_registry set fee_paid = true where organ = ? and application_id = ?",
                        e.organ().value(), e.applicationId().value());
            }
        }
        receipts.runAll(jdbc);
        decided(decisions);
        fees.runAll(jdbc);
    }

    /**
     * The decision dates: on PostgreSQL one statement over arrays for the whole request (a province's load decides
     * a hundred thousand applications; one statement each cost more server time than the rest of the registry);
     * elsewhere one JDBC batch. An application is decided at most once, so no row is matched twice.
     */
    private void decided(List<ApplicationDecided> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        if (postgres()) {
            jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement update = connection.prepareStatement("update application_registry r "
                        + "set decided_on = v.decided_on from unnest(?::varchar[], ?::varchar[], ?::date[]) "
                        + "as v(organ, application_id, decided_on) "
                        + "where r.organ = v.organ and r.application_id = v.application_id")) {
                    update.setArray(1, connection.createArrayOf("varchar",
                            decisions.stream().map(d -> d.organ().value()).toArray()));
                    update.setArray(2, connection.createArrayOf("varchar",
                            decisions.stream().map(d -> d.applicationId().value()).toArray()));
                    update.setArray(3, connection.createArrayOf("date",
                            decisions.stream().map(d -> Date.valueOf(d.decidedOn())).toArray()));
                    return update.executeUpdate();
                }
            });
            return;
        }
        DeferredStatements rows = DeferredStatements.collecting();
        decisions.forEach(e -> rows.statement("update application_registry set decided_on = ? where organ = ? "
                + "and application_id = ?", Date.valueOf(e.decidedOn()), e.organ().value(), e.applicationId().value()));
        rows.runAll(jdbc);
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<StoreDatabase>) StoreDatabase::of) == StoreDatabase.POSTGRESQL;
        }
        return postgres;
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
