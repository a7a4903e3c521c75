package cn.gongkai.query.proactive;

import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.DecisionFact;
import cn.gongkai.events.report.DocumentFact;
import cn.gongkai.events.report.MoneyFact;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.report.StockFact;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the facts of table 二 and the money of section 六 that a year's report can depend on. */
@Repository
public class ProactiveFactRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public ProactiveFactRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DocumentFact> documents(Collection<String> organs) {
        return jdbc.query("select kind, issued_on, repealed_on from document_fact where organ in (:organs)",
                new MapSqlParameterSource("organs", organs),
                (rs, i) -> new DocumentFact(DocumentKind.valueOf(rs.getString(1)), date(rs, 2), date(rs, 3)));
    }

    public List<StockFact> stocks(Collection<String> organs) {
        return jdbc.query("select kind, as_of, in_force from document_stock where organ in (:organs)",
                new MapSqlParameterSource("organs", organs),
                (rs, i) -> new StockFact(DocumentKind.valueOf(rs.getString(1)), date(rs, 2), rs.getLong(3)));
    }

    /** The decisions tallied within the years {@code first} to {@code last}, both included. */
    public List<DecisionFact> decisions(ReportingYear first, ReportingYear last, Collection<String> organs) {
        return jdbc.query("select kind, decided_on, decisions from decision_tally where organ in (:organs) "
                        + "and decided_on >= :first and decided_on < :next", within(first, last, organs),
                (rs, i) -> new DecisionFact(DecisionKind.valueOf(rs.getString(1)), date(rs, 2), rs.getLong(3)));
    }

    /** The money of the years {@code first} to {@code last}, both included, by purpose. */
    public Map<String, List<MoneyFact>> money(ReportingYear first, ReportingYear last, Collection<String> organs) {
        Map<String, List<MoneyFact>> byPurpose = new HashMap<>();
        jdbc.query("select purpose, on_date, amount_yuan from money_fact where organ in (:organs) "
                        + "and on_date >= :first and on_date < :next", within(first, last, organs),
                rs -> {
                    byPurpose.computeIfAbsent(rs.getString(1), purpose -> new ArrayList<>())
                            .add(new MoneyFact(date(rs, 2), rs.getBigDecimal(3)));
                });
        return byPurpose;
    }

    private static MapSqlParameterSource within(ReportingYear first, ReportingYear last, Collection<String> organs) {
        return new MapSqlParameterSource().addValue("organs", organs)
                .addValue("first", Date.valueOf(first.firstDay()))
                .addValue("next", Date.valueOf(last.nextYearFirstDay()));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
