package cn.gongkai.query.report.render;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.DocumentFigures;
import cn.gongkai.query.report.ReportSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as CSV, one cell a line: {@code table,row,column,label,value}, the label being the national format's
 * row label and column label joined by "｜". The lines follow the printed report: the title and opening paragraph
 * ({@code text} lines), 一 ({@code narrative,OVERVIEW,TEXT}), the cells of 二, 三 and 四, the note under 四, 五 and
 * 六, the fee sentence. {@code text} lines are what the printed report adds to the figures and the office's prose;
 * a linter skips them. UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese labels right;
 * {@code POST /api/v1/reports/lint} reads the same shape back.
 */
public final class CsvRendering {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("table", "row", "column", "label", "value");
    /** The table of the lines that carry printed text only; the column of every text line. */
    public static final String PRINTED_TEXT = "text";
    static final String NARRATIVE = "narrative";
    static final String TEXT = "TEXT";

    private CsvRendering() {
    }

    public static String render(ReportSnapshot report) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(HEADER);
        text(csv, "TITLE", NationalFormat.TITLE_LABEL, report.organ().name() + report.year() + "年"
                + NationalFormat.TITLE);
        text(csv, "OPENING", NationalFormat.OPENING_LABEL, NationalFormat.opening(report));
        narrative(csv, report, NarrativeSection.OVERVIEW);
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures figures = report.tables().proactive().documents(kind);
            long[] values = {figures.issued(), figures.repealed(), figures.inForce()};
            List<String> codes = List.of("ISSUED", "REPEALED", "IN_FORCE");
            for (int i = 0; i < codes.size(); i++) {
                line(csv, "proactive", kind.name(), codes.get(i), kind.label() + "｜"
                        + NationalFormat.DOCUMENT_COLUMNS.get(i), Long.toString(values[i]));
            }
        }
        for (DecisionKind kind : DecisionKind.values()) {
            line(csv, "proactive", kind.name(), "DECISIONS", kind.label() + "｜" + NationalFormat.DECISIONS,
                    Long.toString(report.tables().proactive().decisions(kind)));
        }
        line(csv, "proactive", "ADMINISTRATIVE_FEE", "AMOUNT_10K_YUAN", NationalFormat.FEE_ROW + "｜"
                + NationalFormat.FEE_COLUMN, report.tables().proactive().administrativeFeeShown());
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicationColumn column : ApplicationColumn.values()) {
                line(csv, "applications", row.name(), column.name(), NationalFormat.fullLabel(row) + "｜"
                        + column.label(), Long.toString(report.tables().applications().cell(row, column)));
            }
        }
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseColumn column : CaseColumn.values()) {
                String block = group == CaseGroup.REVIEW ? group.label()
                        : NationalFormat.LAWSUIT + "·" + group.label();
                line(csv, "reviewsAndLawsuits", group.name(), column.name(), block + "｜" + column.label(),
                        Long.toString(report.tables().cases().cell(group, column)));
            }
        }
        text(csv, "CASES_NOTE", NationalFormat.CASES_NOTE_LABEL, NationalFormat.casesNote(report.caseCountingRule()));
        narrative(csv, report, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
        narrative(csv, report, NarrativeSection.OTHER_MATTERS);
        NationalFormat.feeSentence(report).ifPresent(sentence -> text(csv, "PROCESSING_FEES",
                NationalFormat.PROCESSING_FEES, sentence));
        return BOM + Csv.write(csv);
    }

    /** A narrative section as printed under its heading, when the office wrote it. */
    private static void narrative(List<List<String>> csv, ReportSnapshot report, NarrativeSection section) {
        String text = NationalFormat.narrative(report, section);
        if (text != null && !text.isBlank()) {
            line(csv, NARRATIVE, section.name(), TEXT, section.heading(), text.strip());
        }
    }

    /** A line of printed text that is neither a figure nor the office's prose. */
    private static void text(List<List<String>> csv, String row, String label, String text) {
        line(csv, PRINTED_TEXT, row, TEXT, label, text);
    }

    private static void line(List<List<String>> csv, String table, String row, String column, String label,
                             String value) {
        csv.add(List.of(table, row, column, label, value));
    }
}
