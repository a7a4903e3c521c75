package cn.gongkai.query.narrative;

import cn.gongkai.events.calendar.ReportingYear;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a report's latest publication and compares its figures with the live ones. */
@Repository
public class PublicationRepository {

    private static final TypeReference<Map<String, Map<String, Map<String, String>>>> FIGURES =
            new TypeReference<>() {
            };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PublicationRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Publication> latest(String organ, ReportingYear year, String scope,
                                        Map<String, Map<String, Map<String, String>>> live) {
        return jdbc.query("select published_on, position, digest, figures from publication where organ = ? "
                        + "and report_year = ? and scope = ?", (rs, i) -> {
                    Map<String, Map<String, Map<String, String>>> figures = read(rs.getString(4));
                    return new Publication(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), figures,
                            restated(figures, live));
                }, organ, year.value(), scope).stream().findFirst();
    }

    private static List<Publication.RestatedCell> restated(Map<String, Map<String, Map<String, String>>> published,
                                                           Map<String, Map<String, Map<String, String>>> live) {
        List<Publication.RestatedCell> restated = new ArrayList<>();
        live.forEach((table, rows) -> rows.forEach((row, columns) -> columns.forEach((column, value) -> {
            String then = published.getOrDefault(table, Map.of()).getOrDefault(row, Map.of()).get(column);
            if (!value.equals(then)) {
                restated.add(new Publication.RestatedCell(table, row, column, then, value));
            }
        })));
        return restated;
    }

    private Map<String, Map<String, Map<String, String>>> read(String figures) {
        try {
            return json.readValue(figures, FIGURES);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable published figures", e);
        }
    }
}
