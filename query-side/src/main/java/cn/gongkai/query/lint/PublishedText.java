package cn.gongkai.query.lint;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.Severity;
import cn.gongkai.query.report.render.NationalFormat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an annual report in the 2021 or the 2019 national format ({@link NationalEdition}, told by its labels) as
 * published: the text of its web page copied as it is (each table cell on a line of its own after a tab, as browsers
 * copy tables) or Gongkai's own text rendering (a table row a line, cells after tabs). The six section headings split
 * it; 一, 五 and 六 are narrative; in 二 each row label is followed by its figures; in 三 the rows are found in the
 * national order, each followed by its seven figures; 四 is its fifteen figures in order. A 2019 report's table 二 (its
 * own rows and columns, {@link Format2019}) is read as printed, each row label followed by its figures; its table 三
 * has one row （六）其他处理. Labels are compared without white space and in compatibility form, so full-width
 * digits and spaces read alike. A blank cell is read as 0 and reported, since an office that left a 总计 blank has
 * not said it was 0.
 */
final class PublishedText {

    static final String BLANK_CELL = "BLANK_CELL";
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A figure printed after its label in one cell, as 结果维持 1. */
    private static final Pattern TRAILING_INTEGER = Pattern.compile("^\\D*?(-?\\d+)$");
    private static final Pattern YEAR_TITLE = Pattern.compile("^(\\d{4})年" + NationalFormat.TITLE + "$");

    /**
     * What was read: the format recognised, the cells in the report's codes, the title's organ and year, blank cells
     * found, and a 2019 report's table 二 as printed (row → column → figure; empty for 2021).
     */
    record Read(NationalEdition edition, String organName, Integer year, List<ReportReader.Cell> cells,
                List<Finding> blanks, Map<String, Map<String, String>> proactive2019) {
    }

    private final NationalEdition edition;
    private final List<ReportReader.Cell> cells = new ArrayList<>();
    private final List<Finding> blanks = new ArrayList<>();
    private final Map<String, Map<String, String>> proactive2019 = new LinkedHashMap<>();

    private PublishedText(NationalEdition edition) {
        this.edition = edition;
    }

    static Read read(String text) {
        List<String> lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        Map<String, int[]> parts = sections(lines);
        if (!parts.containsKey(NationalFormat.APPLICATIONS)) {
            throw new IllegalArgumentException("not a report in the 2021 or 2019 national format: no heading '"
                    + NationalFormat.APPLICATIONS + "' on a line of its own");
        }
        List<String> proactive = parts.containsKey(NationalFormat.PROACTIVE)
                ? tokens(lines, parts.get(NationalFormat.PROACTIVE)) : List.of();
        List<String> applications = tokens(lines, parts.get(NationalFormat.APPLICATIONS));
        PublishedText reader = new PublishedText(NationalEdition.of(proactive, applications));
        for (NarrativeSection section : NarrativeSection.values()) {
            int[] range = parts.get(section.heading());
            if (range != null) {
                String body = String.join("\n", lines.subList(range[0], range[1])).strip();
                if (!body.isEmpty()) {
                    reader.cells.add(new ReportReader.Cell(ReportReader.NARRATIVE, section.name(), "TEXT", body));
                }
            }
        }
        if (reader.edition == NationalEdition.FORMAT_2019) {
            reader.proactive2019(proactive);
        } else if (parts.containsKey(NationalFormat.PROACTIVE)) {
            reader.proactive(proactive);
        }
        reader.applications(applications);
        if (parts.containsKey(NationalFormat.CASES)) {
            reader.cases(tokens(lines, parts.get(NationalFormat.CASES)));
        }
        int titleEnd = parts.values().stream().mapToInt(range -> range[0] - 1).min().orElse(0);
        return reader.titled(lines.subList(0, Math.max(titleEnd, 0)));
    }

    /** Each heading found on a line of its own, with the lines of its section: [first, end). */
    private static Map<String, int[]> sections(List<String> lines) {
        List<String> headings = List.of(NarrativeSection.OVERVIEW.heading(), NationalFormat.PROACTIVE,
                NationalFormat.APPLICATIONS, NationalFormat.CASES, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS.heading(),
                NarrativeSection.OTHER_MATTERS.heading());
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = plain(lines.get(i));
            for (String heading : headings) {
                if (line.equals(plain(heading)) && !starts.containsKey(heading)) {
                    starts.put(heading, i + 1);
                }
            }
        }
        Map<String, int[]> sections = new LinkedHashMap<>();
        starts.forEach((heading, start) -> {
            int end = starts.values().stream().filter(other -> other > start).mapToInt(other -> other - 1).min()
                    .orElse(lines.size());
            sections.put(heading, new int[]{start, end});
        });
        return sections;
    }

    /**
     * A section's cells in reading order. A line's cells are split at tabs, a single leading tab (how a copied table
     * cell starts) dropped; a line with nothing on it separates rows and is no cell, a line of just a tab is a blank.
     */
    private static List<String> tokens(List<String> lines, int[] range) {
        List<String> tokens = new ArrayList<>();
        for (String line : lines.subList(range[0], range[1])) {
            if (line.isBlank() && !line.contains("\t")) {
                continue;
            }
            String cells = line.startsWith("\t") ? line.substring(1) : line;
            for (String cell : cells.split("\t", -1)) {
                tokens.add(cell.strip());
            }
        }
        return tokens;
    }

    private void proactive(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = plain(tokens.get(i));
            for (DocumentKind kind : DocumentKind.values()) {
                if (token.equals(plain(kind.label()))) {
                    List<String> columns = List.of("ISSUED", "REPEALED", "IN_FORCE");
                    for (int c = 0; c < columns.size(); c++) {
                        cell(ReportReader.PROACTIVE, kind.name(), columns.get(c), figure(tokens, i + 1 + c, kind.label()));
                    }
                }
            }
            for (DecisionKind kind : DecisionKind.values()) {
                if (token.equals(plain(kind.label()))) {
                    cell(ReportReader.PROACTIVE, kind.name(), "DECISIONS", figure(tokens, i + 1, kind.label()));
                }
            }
            if (token.equals(plain(NationalFormat.FEE_ROW))) {
                String amount = plain(at(tokens, i + 1, NationalFormat.FEE_ROW));
                if (!AMOUNT.matcher(amount).matches()) {
                    throw new IllegalArgumentException(NationalFormat.FEE_ROW + ": '" + amount
                            + "' is not an amount in 万元");
                }
                cell(ReportReader.PROACTIVE, "ADMINISTRATIVE_FEE", "AMOUNT_10K_YUAN", amount);
            }
        }
    }

    /**
     * A 2019 report's table 二: each row's label followed by its figures, kept as printed (本年增/减 signed, 采购总金额
     * with the unit the office wrote), since no shared rule judges them.
     */
    private void proactive2019(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = plain(tokens.get(i));
            for (Format2019.ProactiveRow row : Format2019.ProactiveRow.values()) {
                if (token.equals(plain(row.label())) && !proactive2019.containsKey(row.name())) {
                    Map<String, String> figures = new LinkedHashMap<>();
                    List<Format2019.Column> columns = row.columns();
                    for (int c = 0; c < columns.size(); c++) {
                        figures.put(columns.get(c).code(), at(tokens, i + 1 + c, row.label()).strip());
                    }
                    proactive2019.put(row.name(), figures);
                }
            }
        }
    }

    private void applications(List<String> tokens) {
        List<ApplicationRow> rows = edition.applicationRows();
        int next = 0;
        for (int i = 0; i < tokens.size() && next < rows.size(); i++) {
            if (!labels(tokens.get(i), rows.get(next))) {
                continue;
            }
            ApplicationRow row = rows.get(next++);
            List<Integer> blanksInRow = new ArrayList<>();
            long nonZero = 0;
            ApplicationColumn[] columns = ApplicationColumn.values();
            for (int c = 0; c < columns.length; c++) {
                String value = figure(tokens, i + 1 + c, edition.fullLabel(row));
                if (value.isEmpty()) {
                    blanksInRow.add(c);
                    value = "0";
                } else if (Long.parseLong(value) != 0) {
                    nonZero++;
                }
                cell(ReportReader.APPLICATIONS, row.name(), columns[c].name(), value);
            }
            for (int c : blanksInRow) {
                blank(ReportReader.APPLICATIONS, row.name(), columns[c].name(), edition.fullLabel(row) + " × "
                        + columns[c].label(), nonZero > 0);
            }
            i += columns.length;
        }
        if (next < rows.size()) {
            throw new IllegalArgumentException(NationalFormat.APPLICATIONS + ": row '" + edition.fullLabel(
                    rows.get(next)) + "' not found (rows are read in the order of the " + edition.year()
                    + " national format, each followed by " + ApplicationColumn.values().length + " figures)");
        }
    }

    private void cases(List<String> tokens) {
        List<String> figures = new ArrayList<>();
        for (String token : tokens) {
            Matcher figure = TRAILING_INTEGER.matcher(plain(token));
            if (figure.matches()) {
                figures.add(figure.group(1));
            }
        }
        int expected = CaseGroup.values().length * CaseColumn.values().length;
        if (figures.size() != expected) {
            throw new IllegalArgumentException(NationalFormat.CASES + ": " + figures.size() + " figures found, "
                    + "expected " + expected + " (行政复议, 未经复议直接起诉 and 复议后起诉, five each)");
        }
        int at = 0;
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseColumn column : CaseColumn.values()) {
                cell(ReportReader.CASES, group.name(), column.name(), figures.get(at++));
            }
        }
    }

    /** The title's organ (its first line) and year (…年政府信息公开工作年度报告), when they are there. */
    private Read titled(List<String> titleLines) {
        List<String> lines = titleLines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String organ = null;
        Integer year = null;
        for (String line : lines) {
            Matcher title = YEAR_TITLE.matcher(plain(line));
            if (title.matches()) {
                year = Integer.valueOf(title.group(1));
            } else if (organ == null) {
                organ = line;
            }
        }
        return new Read(edition, organ, year, List.copyOf(cells), List.copyOf(blanks),
                Collections.unmodifiableMap(proactive2019));
    }

    private boolean labels(String token, ApplicationRow row) {
        String plain = plain(token);
        String label = plain(edition.label(row));
        return !plain.isEmpty() && (plain.equals(label) || plain.equals(plain(edition.fullLabel(row)))
                || plain.endsWith(label) && plain.startsWith(plain(ApplicationRow.RESULTS_HEADING)));
    }

    /** The whole number at {@code index}, or "" for a blank cell. */
    private static String figure(List<String> tokens, int index, String label) {
        String value = plain(at(tokens, index, label));
        if (!value.isEmpty() && !INTEGER.matcher(value).matches()) {
            throw new IllegalArgumentException(label + ": '" + tokens.get(index) + "' is not a whole number");
        }
        return value;
    }

    private static String at(List<String> tokens, int index, String label) {
        if (index >= tokens.size()) {
            throw new IllegalArgumentException(label + ": the text ends before the row's figures");
        }
        return tokens.get(index);
    }

    private void cell(String table, String row, String column, String value) {
        cells.add(new ReportReader.Cell(table, row, column, value.isEmpty() ? "0" : value));
    }

    private void blank(String table, String row, String column, String printed, boolean besideFigures) {
        blanks.add(Finding.of(BLANK_CELL, besideFigures ? Severity.ERROR : Severity.WARNING, table, row, column, 0, 0,
                "空白单元格（" + printed + "）按0计" + (besideFigures ? "，而同一行有非零数字：应填写数字" : "")));
    }

    /** Compatibility form without white space: full-width digits, letters and spaces read as their plain forms. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
