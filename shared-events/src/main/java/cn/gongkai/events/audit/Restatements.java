package cn.gongkai.events.audit;

import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.report.ReportingYear;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cells of a year's report whose value changed between two recorded moments, each with the events recorded
 * in between that belong to the items behind the cell: what restated it.
 */
public final class Restatements {

    private Restatements() {
    }

    /** One restated cell: its value at each moment and the events that changed it. */
    public record Restatement(String table, String row, String column, String from, String to,
                              List<CellProvenance.Source> events) {
    }

    public static List<Restatement> between(Books before, Books after, Instant from, Instant to, ReportingYear year,
                                            CaseCountingRule rule, String organ) {
        Map<String, Map<String, Map<String, Object>>> old = cells(before.tables(year, rule, organ));
        Map<String, Map<String, Map<String, Object>>> now = cells(after.tables(year, rule, organ));
        List<Restatement> restated = new ArrayList<>();
        now.forEach((table, rows) -> rows.forEach((row, columns) -> columns.forEach((column, value) -> {
            Object was = old.get(table).get(row).get(column);
            if (!Objects.equals(String.valueOf(was), String.valueOf(value))) {
                restated.add(new Restatement(table, row, column, String.valueOf(was), String.valueOf(value),
                        causes(before, after, from, to, year, rule, row, column)));
            }
        })));
        return restated;
    }

    private static List<CellProvenance.Source> causes(Books before, Books after, Instant from, Instant to,
                                                      ReportingYear year, CaseCountingRule rule, String row,
                                                      String column) {
        Map<String, CellProvenance.Source> causes = new LinkedHashMap<>();
        for (Books books : List.of(before, after)) {
            for (CellProvenance.Contribution item : CellProvenance.of(books, year, rule, row, column)) {
                for (CellProvenance.Source event : item.events()) {
                    Instant recorded = Instant.parse(event.recordedAt());
                    if (recorded.isAfter(from) && !recorded.isAfter(to)) {
                        causes.put(event.id(), event);
                    }
                }
            }
        }
        return causes.values().stream().sorted((a, b) -> Long.compare(a.position(), b.position())).toList();
    }

    private static Map<String, Map<String, Map<String, Object>>> cells(ReportTables tables) {
        Map<String, Map<String, Map<String, Object>>> cells = new LinkedHashMap<>();
        cells.put("proactive", tables.proactive().asMap());
        cells.put("applications", widen(tables.applications().asMap()));
        cells.put("reviewsAndLawsuits", widen(tables.cases().asMap()));
        return cells;
    }

    private static Map<String, Map<String, Object>> widen(Map<String, Map<String, Long>> table) {
        Map<String, Map<String, Object>> wide = new LinkedHashMap<>();
        table.forEach((row, columns) -> wide.put(row, new LinkedHashMap<>(columns)));
        return wide;
    }
}
