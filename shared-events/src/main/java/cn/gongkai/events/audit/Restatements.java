package cn.gongkai.events.audit;

import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cells of a year's report whose value changed between two recorded moments, each with the events recorded
 * in between that moved an item into the cell, out of it, or changed what it adds: what restated it.
 */
public final class Restatements {

    private Restatements() {
    }

    /** One restated cell: its value at each moment and the events that changed it. */
    public record Restatement(String table, String row, String column, String from, String to,
                              List<CellProvenance.Source> events) {
    }

    /**
     * The restated cells of tables 二, 三 and 四 and of section 六's fees ({@code fees}, row
     * {@link CellProvenance#PROCESSING_FEE}); {@code after} holds every event of {@code before} and those recorded
     * in ({@code from}, {@code to}].
     */
    public static List<Restatement> between(Books before, Books after, Instant from, Instant to, ReportingYear year,
                                            CaseCountingRule rule, String organ) {
        Map<String, Map<String, Map<String, Object>>> old = cells(before, year, rule, organ);
        Map<String, Map<String, Map<String, Object>>> now = cells(after, year, rule, organ);
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

    /**
     * The events recorded in ({@code from}, {@code to}] of every item whose contribution to the cell differs
     * between the two books: one that entered it, left it (a decision moving an application out of 结转下年度继续办理,
     * a conclusion moving a case out of 尚未审结) or adds another amount.
     */
    private static List<CellProvenance.Source> causes(Books before, Books after, Instant from, Instant to,
                                                      ReportingYear year, CaseCountingRule rule, String row,
                                                      String column) {
        Map<String, CellProvenance.Share> was = CellProvenance.everyItem(before, year, rule, row, column);
        Map<String, CellProvenance.Source> causes = new LinkedHashMap<>();
        CellProvenance.everyItem(after, year, rule, row, column).forEach((identity, share) -> {
            CellProvenance.Share earlier = was.get(identity);
            if (earlier == null ? share.counted() : !earlier.sameAs(share)) {
                for (CellProvenance.Source event : share.contribution().events()) {
                    Instant recorded = Instant.parse(event.recordedAt());
                    if (recorded.isAfter(from) && !recorded.isAfter(to)) {
                        causes.put(event.id(), event);
                    }
                }
            }
        });
        return causes.values().stream().sorted(Comparator.comparingLong(CellProvenance.Source::position)).toList();
    }

    private static Map<String, Map<String, Map<String, Object>>> cells(Books books, ReportingYear year,
                                                                       CaseCountingRule rule, String organ) {
        AssembledReport report = books.report(year, rule, organ);
        ReportTables tables = report.tables();
        Map<String, Map<String, Map<String, Object>>> cells = new LinkedHashMap<>();
        cells.put("proactive", tables.proactive().asMap());
        cells.put("applications", widen(tables.applications().asMap()));
        cells.put("reviewsAndLawsuits", widen(tables.cases().asMap()));
        cells.put("fees", Map.of(CellProvenance.PROCESSING_FEE, report.fees().asMap()));
        return cells;
    }

    private static Map<String, Map<String, Object>> widen(Map<String, Map<String, Long>> table) {
        Map<String, Map<String, Object>> wide = new LinkedHashMap<>();
        table.forEach((row, columns) -> wide.put(row, new LinkedHashMap<>(columns)));
        return wide;
    }
}
