package cn.gongkai.query.narrative;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.calendar.ReportingYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.Map;

/** Reads an organ's narrative sections for a year. */
@Repository
public class NarrativeRepository {

    private final JdbcTemplate jdbc;

    public NarrativeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<NarrativeSection, String> of(String organ, ReportingYear year) {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        jdbc.query("select section, body from narrative where organ = ? and report_year = ?",
                rs -> {
                    sections.put(NarrativeSection.valueOf(rs.getString(1)), rs.getString(2));
                }, organ, year.value());
        return sections;
    }
}
