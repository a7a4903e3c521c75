package cn.gongkai.query.lint;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.CaseTable;
import cn.gongkai.events.report.DocumentFigures;
import cn.gongkai.events.report.ProactiveTable;
import cn.gongkai.events.report.ReportTables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a report handed in for linting, given as cells (table, row, column, value) in the report's codes, into
 * the tables the consistency rules judge. A table with no cell given is absent; a cell not given in a present
 * table is 0. Unknown codes and values that are not counts are refused, naming the cell.
 */
final class ReportReader {

    static final String APPLICATIONS = "applications";
    static final String PROACTIVE = "proactive";
    static final String CASES = "reviewsAndLawsuits";
    static final String NARRATIVE = "narrative";

    private ReportReader() {
    }

    /** One cell as handed in. */
    record Cell(String table, String row, String column, String value) {
    }

    static ReportTables read(List<Cell> cells) {
        Map<String, List<Cell>> byTable = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (!List.of(APPLICATIONS, PROACTIVE, CASES, NARRATIVE).contains(cell.table())) {
                throw new IllegalArgumentException("unknown table '" + cell.table() + "'; expected applications, "
                        + "proactive, reviewsAndLawsuits or narrative");
            }
            byTable.computeIfAbsent(cell.table(), t -> new ArrayList<>()).add(cell);
        }
        return new ReportTables(
                byTable.containsKey(APPLICATIONS) ? applications(byTable.get(APPLICATIONS)) : null,
                byTable.containsKey(PROACTIVE) ? proactive(byTable.get(PROACTIVE)) : null,
                byTable.containsKey(CASES) ? cases(byTable.get(CASES)) : null,
                byTable.containsKey(NARRATIVE) ? narrative(byTable.get(NARRATIVE)) : Map.of());
    }

    private static ApplicationsTable applications(List<Cell> cells) {
        ApplicationsTable.Builder table = ApplicationsTable.builder();
        for (Cell cell : cells) {
            table.set(code(ApplicationRow.class, cell.row(), cell), code(ApplicationColumn.class, cell.column(), cell),
                    count(cell));
        }
        return table.build();
    }

    private static CaseTable cases(List<Cell> cells) {
        CaseTable.Builder table = CaseTable.builder();
        for (Cell cell : cells) {
            table.set(code(CaseGroup.class, cell.row(), cell), code(CaseColumn.class, cell.column(), cell), count(cell));
        }
        return table.build();
    }

    private static ProactiveTable proactive(List<Cell> cells) {
        Map<DocumentKind, long[]> documents = new EnumMap<>(DocumentKind.class);
        Map<DecisionKind, Long> decisions = new EnumMap<>(DecisionKind.class);
        BigDecimal fee = BigDecimal.ZERO;
        for (Cell cell : cells) {
            if ("ADMINISTRATIVE_FEE".equals(cell.row()) && "AMOUNT_10K_YUAN".equals(cell.column())) {
                fee = amount(cell);
            } else if ("DECISIONS".equals(cell.column())) {
                decisions.put(code(DecisionKind.class, cell.row(), cell), count(cell));
            } else {
                long[] figures = documents.computeIfAbsent(code(DocumentKind.class, cell.row(), cell), k -> new long[3]);
                figures[List.of("ISSUED", "REPEALED", "IN_FORCE").indexOf(documentColumn(cell))] = count(cell);
            }
        }
        Map<DocumentKind, DocumentFigures> figures = new EnumMap<>(DocumentKind.class);
        documents.forEach((kind, f) -> figures.put(kind, new DocumentFigures(f[0], f[1], f[2])));
        return new ProactiveTable(figures, decisions, fee);
    }

    private static Map<NarrativeSection, String> narrative(List<Cell> cells) {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        for (Cell cell : cells) {
            sections.put(code(NarrativeSection.class, cell.row(), cell), cell.value());
        }
        return sections;
    }

    private static String documentColumn(Cell cell) {
        if (!List.of("ISSUED", "REPEALED", "IN_FORCE").contains(cell.column())) {
            throw new IllegalArgumentException(where(cell) + ": unknown column '" + cell.column()
                    + "'; expected ISSUED, REPEALED or IN_FORCE");
        }
        return cell.column();
    }

    private static <E extends Enum<E>> E code(Class<E> codes, String value, Cell cell) {
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(value)) {
                return code;
            }
        }
        throw new IllegalArgumentException(where(cell) + ": unknown code '" + value + "' (expected one of "
                + Arrays.toString(codes.getEnumConstants()) + ")");
    }

    private static long count(Cell cell) {
        try {
            return Long.parseLong(cell.value().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where(cell) + ": '" + cell.value() + "' is not a whole number");
        }
    }

    private static BigDecimal amount(Cell cell) {
        try {
            return new BigDecimal(cell.value().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where(cell) + ": '" + cell.value() + "' is not a decimal amount");
        }
    }

    private static String where(Cell cell) {
        return cell.table() + "/" + cell.row() + "/" + cell.column();
    }
}
