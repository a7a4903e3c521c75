package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.report.CarryOverContradiction;
import cn.gongkai.events.calendar.ReportingYear;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.Collection;
import java.util.List;

/** Reads the year-end carry-over records that later facts contradict. */
@Repository
public class CarryOverRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public CarryOverRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications recorded as carried over at the end of the year, yet decided (back-dated) on or before it. */
    public List<CarryOverContradiction> contradicted(ReportingYear year, Collection<String> organs) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("organs", organs)
                .addValue("year", year.value()).addValue("next", Date.valueOf(year.nextYearFirstDay()));
        return jdbc.query("select c.organ, c.application_id, f.applicant_type, f.decided_on from carry_over c "
                        + "join application_fact f on f.organ = c.organ and f.application_id = c.application_id "
                        + "where c.organ in (:organs) and c.report_year = :year and f.decided_on < :next "
                        + "order by c.organ, c.application_id", params,
                (rs, i) -> new CarryOverContradiction(rs.getString(1), rs.getString(2),
                        ApplicantType.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()));
    }
}
