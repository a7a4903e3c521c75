package cn.gongkai.query.dashboard;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.calendar.ReportingYear;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.Collection;
import java.util.List;

/**
 * The applications behind one cell of table 三: each application the year's counting rules count in that cell,
 * judged one by one with {@link ApplicationCounting}, so the list always has as many entries as the cell's figure.
 */
@Repository
class CellApplications {

    private final NamedParameterJdbcTemplate jdbc;

    public CellApplications(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ListedApplication> behind(ReportingYear year, ApplicationRow row, ApplicationColumn column,
                                          Collection<String> organs) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("organs", organs)
                .addValue("first", Date.valueOf(year.firstDay()))
                .addValue("next", Date.valueOf(year.nextYearFirstDay()));
        List<ListedApplication> candidates = jdbc.query("select organ, application_id, applicant_type, received_on, "
                        + "decided_on, outcome from application_fact where organ in (:organs) and received_on < :next "
                        + "and (decided_on is null or decided_on >= :first) order by organ, application_id", params,
                (rs, i) -> new ListedApplication(rs.getString(1), rs.getString(2),
                        new ApplicationFact(ApplicantType.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(),
                                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                                rs.getString(6) == null ? null : Outcome.valueOf(rs.getString(6)))));
        return candidates.stream().filter(a -> countsIn(year, a.fact(), row, column)).toList();
    }

    private static boolean countsIn(ReportingYear year, ApplicationFact fact, ApplicationRow row,
                                    ApplicationColumn column) {
        ApplicationsTable.Builder alone = ApplicationsTable.builder();
        ApplicationCounting.count(year, fact, alone);
        return ApplicationCounting.withTotals(alone).get(row, column) > 0;
    }

    /** One application in a cell's list, with the facts that put it there. */
    public record ListedApplication(String organ, String applicationId, ApplicationFact fact) {
    }
}
