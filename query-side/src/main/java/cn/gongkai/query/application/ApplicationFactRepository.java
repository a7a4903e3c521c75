package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.report.ApplicationFact;
import cn.gongkai.events.report.ApplicationGroup;
import cn.gongkai.events.calendar.ReportingYear;
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

    /**
     * The groups of applications table 三 of the year counts (received before the year ends and not decided before it
     * began), summed over the organs, from the counts the projection keeps beside the facts.
     */
    public List<ApplicationGroup> groupsRelevantTo(ReportingYear year, Collection<String> organs) {
        return groupsRelevantTo(year, year, organs);
    }

    /** The groups table 三 of any year from {@code first} to {@code last} counts, in one read. */
    public List<ApplicationGroup> groupsRelevantTo(ReportingYear first, ReportingYear last,
                                                   Collection<String> organs) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("organs", organs)
                .addValue("first", first.value())
                .addValue("last", last.value());
        return jdbc.query("select applicant_type, received_year, decided_year, outcome, sum(applications) "
                        + "from application_count where organ in (:organs) and received_year <= :last "
                        + "and (decided_year = 0 or decided_year >= :first) "
                        + "group by applicant_type, received_year, decided_year, outcome", params,
                (rs, i) -> new ApplicationGroup(ApplicantType.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3) == 0 ? null : rs.getInt(3),
                        rs.getString(4).isEmpty() ? null : Outcome.valueOf(rs.getString(4)), rs.getLong(5)));
    }
}
