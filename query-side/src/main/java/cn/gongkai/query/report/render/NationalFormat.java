package cn.gongkai.query.report.render;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.PrintedLabels;
import cn.gongkai.query.report.ReportSnapshot;

import java.util.List;
import java.util.Optional;

/** The headings and labels of the national format (国办公开办函〔2021〕30号), character for character. */
public final class NationalFormat {

    public static final String TITLE = "政府信息公开工作年度报告";
    public static final String PROACTIVE = "二、主动公开政府信息情况";
    public static final String APPLICATIONS = "三、收到和处理政府信息公开申请情况";
    public static final String CASES = "四、政府信息公开行政复议、行政诉讼情况";
    public static final String CONTENT = "信息内容";
    public static final String ARTICLE_20_1 = "第二十条第（一）项";
    public static final String ARTICLE_20_5 = "第二十条第（五）项";
    public static final String ARTICLE_20_6 = "第二十条第（六）项";
    public static final String ARTICLE_20_8 = "第二十条第（八）项";
    public static final List<String> DOCUMENT_COLUMNS = PrintedLabels.DOCUMENT_COLUMNS;
    public static final String DECISIONS = PrintedLabels.DECISIONS;
    public static final String FEE_COLUMN = PrintedLabels.FEE_COLUMN;
    public static final String FEE_ROW = PrintedLabels.FEE_ROW;
    public static final String APPLICANTS = "申请人情况";
    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String REVIEW = "行政复议";
    public static final String LAWSUIT = "行政诉讼";
    public static final String PROCESSING_FEES = "信息处理费";
    /** What the workbook's prose sheet and the CSV call the parts printed without a heading of their own. */
    public static final String TITLE_LABEL = "标题";
    public static final String OPENING_LABEL = "导语";
    public static final String CASES_NOTE_LABEL = "四、注";

    private NationalFormat() {
    }

    static String document(DocumentKind kind) {
        return kind.label();
    }

    static String decision(DecisionKind kind) {
        return kind.label();
    }

    static String column(ApplicationColumn column) {
        return column.label();
    }

    /**
     * The opening paragraph under the title: the office's own when the overview's first paragraph is one (it starts
     * with 根据, naming the legal basis, as the national format's reports do), else the default naming the 条例 and
     * the statistical period.
     */
    public static String opening(ReportSnapshot report) {
        String own = ownOpening(report);
        return own != null ? own : "根据《中华人民共和国政府信息公开条例》规定，发布本年度报告。报告中所列数据统计期限为"
                + report.year() + "年1月1日至12月31日。";
    }

    /** A narrative section's text as printed under its heading: the overview without an opening printed above it. */
    public static String narrative(ReportSnapshot report, NarrativeSection section) {
        String text = report.tables().narrative().get(section);
        String own = section == NarrativeSection.OVERVIEW ? ownOpening(report) : null;
        if (text == null || own == null) {
            return text;
        }
        return text.strip().substring(own.length()).strip();
    }

    private static String ownOpening(ReportSnapshot report) {
        String overview = report.tables().narrative().get(NarrativeSection.OVERVIEW);
        if (overview == null || overview.isBlank()) {
            return null;
        }
        String first = overview.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("根据") ? first : null;
    }

    /**
     * The sentence on information-processing fees printed after 六 (notices, amounts noticed and collected) — the
     * content the national format requires there —
     * unless the office's own 六 already speaks of 信息处理费, which then stands instead (never said twice).
     */
    public static Optional<String> feeSentence(ReportSnapshot report) {
        String own = report.tables().narrative().get(NarrativeSection.OTHER_MATTERS);
        return own != null && own.contains(PROCESSING_FEES) ? Optional.empty()
                : Optional.of(PROCESSING_FEES + "：发出收费通知" + report.fees().notices() + "件，通知收费金额"
                + report.fees().noticeAmountYuan().toPlainString() + "元，实际收取"
                + report.fees().collectedYuan().toPlainString() + "元。");
    }

    /** The note printed under table 四: how its cases were counted (the service's configured rule). */
    public static String casesNote(CaseCountingRule rule) {
        return "注：本表统计口径为" + rule.description() + "。";
    }

    /** A row's full label: an outcome row with its group and heading, e.g. 三、本年度办理结果（三）不予公开 1.属于国家秘密. */
    public static String fullLabel(ApplicationRow row) {
        if (row.outcome().isEmpty() && row != ApplicationRow.RESULT_TOTAL) {
            return row.label();
        }
        return ApplicationRow.RESULTS_HEADING + PrintedLabels.applicationRow(row);
    }
}
