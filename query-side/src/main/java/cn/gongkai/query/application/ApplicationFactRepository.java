package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.ReportingYear;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.Collection;
import java.util.List;

/** Reads the application facts a year's table 三 can depend on. */
@Repository
public class ApplicationFactRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public ApplicationFactRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications received before the year ends and not decided before it began: all others count nowhere. */
    public List<ApplicationFact> relevantTo(ReportingYear year, Collection<String> organs) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("organs", organs)
                .addValue("first", Date.valueOf(year.firstDay()))
                .addValue("next", Date.valueOf(year.nextYearFirstDay()));
        return jdbc.query("select applicant_type, received_on, decided_on, outcome from application_fact "
                        + "where organ in (:organs) and received_on < :next "
                        + "and (decided_on is null or decided_on >= :first)", params,
                (rs, i) -> new ApplicationFact(ApplicantType.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        rs.getString(4) == null ? null : Outcome.valueOf(rs.getString(4))));
    }
}
