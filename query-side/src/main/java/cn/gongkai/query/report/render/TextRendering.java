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

/** The report as plain text in the published reports' shape: title, sections in order, tables as tab-separated rows. */
public final class TextRendering {

    private TextRendering() {
    }

    public static String render(ReportSnapshot report) {
        StringBuilder text = new StringBuilder();
        text.append(report.organ().name()).append('\n').append(report.year()).append("年")
                .append(NationalFormat.TITLE).append("\n\n").append(NationalFormat.opening(report)).append('\n');
        narrative(text, report, NarrativeSection.OVERVIEW);
        text.append(NationalFormat.PROACTIVE).append('\n');
        text.append(NationalFormat.ARTICLE_20_1).append('\n').append(NationalFormat.CONTENT);
        NationalFormat.DOCUMENT_COLUMNS.forEach(c -> text.append('\t').append(c));
        text.append('\n');
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures f = report.tables().proactive().documents(kind);
            text.append(kind.label()).append('\t').append(f.issued()).append('\t').append(f.repealed()).append('\t')
                    .append(f.inForce()).append('\n');
        }
        decisions(text, report, NationalFormat.ARTICLE_20_5, DecisionKind.LICENSING);
        decisions(text, report, NationalFormat.ARTICLE_20_6, DecisionKind.PENALTY, DecisionKind.ENFORCEMENT);
        text.append(NationalFormat.ARTICLE_20_8).append('\n').append(NationalFormat.CONTENT).append('\t')
                .append(NationalFormat.FEE_COLUMN).append('\n').append(NationalFormat.FEE_ROW).append('\t')
                .append(report.tables().proactive().administrativeFeeShown()).append("\n\n");
        text.append(NationalFormat.APPLICATIONS).append('\n').append(NationalFormat.BALANCE_NOTE).append('\n')
                .append(NationalFormat.APPLICANTS);
        for (ApplicationColumn column : ApplicationColumn.values()) {
            text.append('\t').append(column.label());
        }
        text.append('\n');
        for (ApplicationRow row : ApplicationRow.values()) {
            text.append(NationalFormat.fullLabel(row));
            for (ApplicationColumn column : ApplicationColumn.values()) {
                text.append('\t').append(report.tables().applications().cell(row, column));
            }
            text.append('\n');
        }
        text.append('\n').append(NationalFormat.CASES).append('\n');
        for (CaseGroup group : CaseGroup.values()) {
            text.append(group == CaseGroup.REVIEW ? group.label() : NationalFormat.LAWSUIT + "·" + group.label());
            for (CaseColumn column : CaseColumn.values()) {
                text.append('\t').append(column.label()).append(' ').append(report.tables().cases().cell(group, column));
            }
            text.append('\n');
        }
        text.append(NationalFormat.casesNote(report.caseCountingRule())).append("\n\n");
        narrative(text, report, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
        narrative(text, report, NarrativeSection.OTHER_MATTERS);
        NationalFormat.feeSentence(report).ifPresent(sentence -> text.append(sentence).append('\n'));
        return text.toString();
    }

    private static void decisions(StringBuilder text, ReportSnapshot report, String article, DecisionKind... kinds) {
        text.append(article).append('\n').append(NationalFormat.CONTENT).append('\t').append(NationalFormat.DECISIONS)
                .append('\n');
        for (DecisionKind kind : kinds) {
            text.append(kind.label()).append('\t').append(report.tables().proactive().decisions(kind)).append('\n');
        }
    }

    private static void narrative(StringBuilder text, ReportSnapshot report, NarrativeSection section) {
        text.append(section.heading()).append('\n');
        String body = NationalFormat.narrative(report, section);
        if (body != null) {
            text.append(body.strip()).append('\n');
        }
        text.append('\n');
    }
}
