package cn.gongkai.query.report.render;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.OutcomeGroup;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.DocumentFigures;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.Severity;
import cn.gongkai.query.report.ReportSnapshot;

import java.util.Arrays;

/**
 * The report in the national layout as one HTML page, printable on A4: the tables with their merged header cells
 * as the format draws them, the narrative sections in their places, findings (if any) after the report.
 */
public final class HtmlRendering {

    private static final String STYLE = "@page{size:A4;margin:18mm 15mm}"
            + "body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;font-size:10.5pt;line-height:1.6}"
            + "h1{text-align:center;font-size:16pt;font-weight:bold}h2{font-size:12pt;margin:14pt 0 6pt}"
            + "p{text-indent:2em;margin:0 0 6pt;white-space:pre-wrap}"
            + "table{border-collapse:collapse;width:100%;margin:4pt 0 10pt;page-break-inside:avoid}"
            + "th,td{border:1px solid #000;padding:2pt 3pt;text-align:center;font-weight:normal}"
            + "td.label{text-align:left}.findings li{color:#a00}";

    private HtmlRendering() {
    }

    /** The publishable page: the report as the office publishes it, without the consistency findings. */
    public static String render(ReportSnapshot report) {
        return render(report, false);
    }

    /** The page, with the consistency findings under it when {@code preview} (for the office, before publishing). */
    public static String render(ReportSnapshot report, boolean preview) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        String title = report.organ().name() + report.year() + "年" + NationalFormat.TITLE;
        html.append("<title>").append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>").append(esc(report.organ().name())).append("<br>").append(report.year()).append("年")
                .append(NationalFormat.TITLE).append("</h1>");
        html.append("<p>").append(esc(NationalFormat.opening(report))).append("</p>");
        narrative(html, report, NarrativeSection.OVERVIEW);
        proactive(html, report);
        applications(html, report);
        cases(html, report);
        narrative(html, report, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
        narrative(html, report, NarrativeSection.OTHER_MATTERS);
        NationalFormat.feeSentence(report).ifPresent(sentence -> html.append("<p>").append(esc(sentence))
                .append("</p>"));
        if (preview) {
            findings(html, report);
        }
        return html.append("</body></html>").toString();
    }

    private static void narrative(StringBuilder html, ReportSnapshot report, NarrativeSection section) {
        html.append("<h2>").append(section.heading()).append("</h2>");
        String text = NationalFormat.narrative(report, section);
        if (text != null) {
            for (String paragraph : text.split("\\R")) {
                if (!paragraph.isBlank()) {
                    html.append("<p>").append(esc(paragraph.strip())).append("</p>");
                }
            }
        }
    }

    private static void proactive(StringBuilder html, ReportSnapshot report) {
        html.append("<h2>").append(NationalFormat.PROACTIVE).append("</h2><table>");
        html.append("<tr><th colspan=\"4\">").append(NationalFormat.ARTICLE_20_1).append("</th></tr><tr><th>")
                .append(NationalFormat.CONTENT).append("</th>");
        NationalFormat.DOCUMENT_COLUMNS.forEach(c -> html.append("<th>").append(c).append("</th>"));
        html.append("</tr>");
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures f = report.tables().proactive().documents(kind);
            html.append("<tr><td>").append(kind.label()).append("</td><td>").append(f.issued()).append("</td><td>")
                    .append(f.repealed()).append("</td><td>").append(f.inForce()).append("</td></tr>");
        }
        decisions(html, report, NationalFormat.ARTICLE_20_5, DecisionKind.LICENSING);
        decisions(html, report, NationalFormat.ARTICLE_20_6, DecisionKind.PENALTY, DecisionKind.ENFORCEMENT);
        html.append("<tr><th colspan=\"4\">").append(NationalFormat.ARTICLE_20_8).append("</th></tr><tr><th>")
                .append(NationalFormat.CONTENT).append("</th><th colspan=\"3\">").append(NationalFormat.FEE_COLUMN)
                .append("</th></tr><tr><td>").append(NationalFormat.FEE_ROW).append("</td><td colspan=\"3\">")
                .append(report.tables().proactive().administrativeFeeShown()).append("</td></tr></table>");
    }

    private static void decisions(StringBuilder html, ReportSnapshot report, String article, DecisionKind... kinds) {
        html.append("<tr><th colspan=\"4\">").append(article).append("</th></tr><tr><th>")
                .append(NationalFormat.CONTENT).append("</th><th colspan=\"3\">").append(NationalFormat.DECISIONS)
                .append("</th></tr>");
        Arrays.stream(kinds).forEach(kind -> html.append("<tr><td>").append(kind.label())
                .append("</td><td colspan=\"3\">").append(report.tables().proactive().decisions(kind))
                .append("</td></tr>"));
    }

    private static void applications(StringBuilder html, ReportSnapshot report) {
        html.append("<h2>").append(NationalFormat.APPLICATIONS).append("</h2><table>");
        html.append("<tr><th colspan=\"3\" rowspan=\"3\">").append(NationalFormat.BALANCE_NOTE)
                .append("</th><th colspan=\"7\">").append(NationalFormat.APPLICANTS).append("</th></tr>");
        html.append("<tr><th rowspan=\"2\">").append(ApplicantType.NATURAL_PERSON.label()).append("</th>")
                .append("<th colspan=\"5\">").append(ApplicationColumn.ORGANISATIONS_HEADING).append("</th>")
                .append("<th rowspan=\"2\">").append(ApplicationColumn.TOTAL.label()).append("</th></tr><tr>");
        for (ApplicationColumn column : ApplicationColumn.values()) {
            if (column != ApplicationColumn.NATURAL_PERSON && column != ApplicationColumn.TOTAL) {
                html.append("<th>").append(column.label()).append("</th>");
            }
        }
        html.append("</tr>");
        long results = Arrays.stream(ApplicationRow.values()).filter(ApplicationRow::isResult).count() + 1;
        for (ApplicationRow row : ApplicationRow.values()) {
            html.append("<tr>");
            if (row == ApplicationRow.DISCLOSED) {
                html.append("<td rowspan=\"").append(results).append("\">").append(ApplicationRow.RESULTS_HEADING)
                        .append("</td>");
            }
            html.append(rowLabel(row));
            for (ApplicationColumn column : ApplicationColumn.values()) {
                html.append("<td>").append(report.tables().applications().cell(row, column)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    /** The label cells of a row: spanning all three label columns, two for a one-row group, or group and item. */
    private static String rowLabel(ApplicationRow row) {
        if (!row.isResult() && row != ApplicationRow.RESULT_TOTAL) {
            return "<td colspan=\"3\" class=\"label\">" + row.label() + "</td>";
        }
        if (row == ApplicationRow.RESULT_TOTAL) {
            return "<td colspan=\"2\" class=\"label\">" + row.label() + "</td>";
        }
        Outcome outcome = row.outcome().orElseThrow();
        OutcomeGroup group = outcome.group();
        long inGroup = Arrays.stream(Outcome.values()).filter(o -> o.group() == group).count();
        if (inGroup == 1) {
            return "<td colspan=\"2\" class=\"label\">" + group.label() + "</td>";
        }
        boolean first = Arrays.stream(Outcome.values()).filter(o -> o.group() == group).findFirst().orElseThrow()
                == outcome;
        String groupCell = first ? "<td rowspan=\"" + inGroup + "\" class=\"label\">" + group.label() + "</td>" : "";
        return groupCell + "<td class=\"label\">" + outcome.label() + "</td>";
    }

    private static void cases(StringBuilder html, ReportSnapshot report) {
        html.append("<h2>").append(NationalFormat.CASES).append("</h2><table>");
        html.append("<tr><th colspan=\"5\">").append(NationalFormat.REVIEW).append("</th><th colspan=\"10\">")
                .append(NationalFormat.LAWSUIT).append("</th></tr><tr>");
        for (CaseColumn column : CaseColumn.values()) {
            html.append("<th rowspan=\"2\">").append(column.label()).append("</th>");
        }
        html.append("<th colspan=\"5\">").append(CaseGroup.LAWSUIT_DIRECT.label()).append("</th><th colspan=\"5\">")
                .append(CaseGroup.LAWSUIT_AFTER_REVIEW.label()).append("</th></tr><tr>");
        for (int block = 0; block < 2; block++) {
            for (CaseColumn column : CaseColumn.values()) {
                html.append("<th>").append(column.label()).append("</th>");
            }
        }
        html.append("</tr><tr>");
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseColumn column : CaseColumn.values()) {
                html.append("<td>").append(report.tables().cases().cell(group, column)).append("</td>");
            }
        }
        html.append("</tr></table>");
        html.append("<p class=\"note\">").append(esc(NationalFormat.casesNote(report.caseCountingRule())))
                .append("</p>");
    }

    private static void findings(StringBuilder html, ReportSnapshot report) {
        if (report.findings().isEmpty()) {
            return;
        }
        html.append("<h2>勾稽关系检查（预览，不在公开页面显示）</h2><ul class=\"findings\">");
        for (Finding finding : report.findings()) {
            String cell = finding.rowLabel() == null ? "" : finding.rowLabel()
                    + (finding.columnLabel() == null ? "" : " × " + finding.columnLabel()) + "：";
            String figures = finding.expected() == finding.actual() ? ""
                    : "（应为 " + finding.expected() + "，实为 " + finding.actual() + "）";
            html.append("<li>").append(esc((finding.severity() == Severity.ERROR ? "【错误】" : "【提示】") + cell
                    + finding.message() + figures)).append("</li>");
        }
        html.append("</ul>");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
