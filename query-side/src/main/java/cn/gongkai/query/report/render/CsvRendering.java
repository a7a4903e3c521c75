package cn.gongkai.query.report.render;

import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.DocumentFigures;
import cn.gongkai.query.lint.Csv;
import cn.gongkai.query.report.ReportSnapshot;

import java.util.List;

/**
 * The report as CSV, one cell a line: {@code table,row,column,label,value}, the label being the national format's
 * row label and column label joined by "｜". UTF-8 with a byte-order mark, so that spreadsheet programs read the
 * Chinese labels right; {@code POST /api/v1/reports/lint} reads the same shape back.
 */
public final class CsvRendering {

    static final String BOM = "\uFEFF";
    static final String HEADER = "table,row,column,label,value";

    private CsvRendering() {
    }

    public static String render(ReportSnapshot report) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
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
        return csv.toString();
    }

    private static void line(StringBuilder csv, String table, String row, String column, String label, String value) {
        csv.append(String.join(",", table, row, column, Csv.field(label), value)).append("\r\n");
    }
}
