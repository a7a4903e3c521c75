package cn.gongkai.query.review;

import cn.gongkai.events.report.CaseFact;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.Collection;
import java.util.List;

/** Reads the cases a year's table 四 can depend on: filed by its end. */
@Repository
public class CaseFactRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseFactRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseFact> filedBy(ReportingYear year, Collection<String> organs) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("organs", organs)
                .addValue("next", Date.valueOf(year.nextYearFirstDay()));
        return jdbc.query("select case_kind, after_review, filed_on, concluded_on, result from case_fact "
                        + "where organ in (:organs) and filed_on < :next", params,
                (rs, i) -> new CaseFact(CaseKind.valueOf(rs.getString(1)), rs.getBoolean(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getString(5) == null ? null : CaseResult.valueOf(rs.getString(5))));
    }
}
