package cn.gongkai.query.dashboard;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The years in which the covered organs received or decided an application, or had a review or lawsuit filed or
 * concluded: the years whose table 三 or 四 is not empty.
 */
@Repository
class YearsWithData {

    private final NamedParameterJdbcTemplate jdbc;

    public YearsWithData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ascending. */
    public List<Integer> of(Collection<String> organs) {
        return jdbc.queryForList("""
                select received_year from application_count where organ in (:organs) and applications > 0
                union select decided_year from application_count
                      where organ in (:organs) and decided_year > 0 and applications > 0
                union select cast(extract(year from filed_on) as integer) from case_fact where organ in (:organs)
                union select cast(extract(year from concluded_on) as integer) from case_fact
                      where organ in (:organs) and concluded_on is not null
                order by 1""", new MapSqlParameterSource("organs", organs), Integer.class);
    }
}
