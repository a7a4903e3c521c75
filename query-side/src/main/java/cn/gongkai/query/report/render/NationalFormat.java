package cn.gongkai.query.report.render;

import cn.gongkai.events.application.OutcomeGroup;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;

import java.util.List;

/** The headings and labels of the national format (国办公开办函〔2021〕30号), character for character. */
final class NationalFormat {

    static final String TITLE = "政府信息公开工作年度报告";
    static final String PROACTIVE = "二、主动公开政府信息情况";
    static final String APPLICATIONS = "三、收到和处理政府信息公开申请情况";
    static final String CASES = "四、政府信息公开行政复议、行政诉讼情况";
    static final String CONTENT = "信息内容";
    static final String ARTICLE_20_1 = "第二十条第（一）项";
    static final String ARTICLE_20_5 = "第二十条第（五）项";
    static final String ARTICLE_20_6 = "第二十条第（六）项";
    static final String ARTICLE_20_8 = "第二十条第（八）项";
    static final List<String> DOCUMENT_COLUMNS = List.of("本年制发件数", "本年废止件数", "现行有效件数");
    static final String DECISIONS = "本年处理决定数量";
    static final String FEE_COLUMN = "本年收费金额（单位：万元）";
    static final String FEE_ROW = "行政事业性收费";
    static final String APPLICANTS = "申请人情况";
    static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String REVIEW = "行政复议";
    static final String LAWSUIT = "行政诉讼";
    static final String PROCESSING_FEES = "信息处理费";

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

    static String caseColumn(CaseColumn column) {
        return column.label();
    }

    static String caseGroup(CaseGroup group) {
        return group.label();
    }

    /** A row's full label: an outcome row with its group and heading, e.g. 三、本年度办理结果（三）不予公开 1.属于国家秘密. */
    static String fullLabel(ApplicationRow row) {
        if (row.outcome().isEmpty()) {
            return row == ApplicationRow.RESULT_TOTAL ? ApplicationRow.RESULTS_HEADING + row.label() : row.label();
        }
        OutcomeGroup group = row.outcome().get().group();
        String item = row.label().equals(group.label()) ? "" : " " + row.label();
        return ApplicationRow.RESULTS_HEADING + group.label() + item;
    }
}
