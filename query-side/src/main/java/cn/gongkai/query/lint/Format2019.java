package cn.gongkai.query.lint;

import java.util.List;

/**
 * The labels of the earlier national format, 《中华人民共和国政府信息公开工作年度报告格式（试行）》 (issued with
 * 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports), where they differ from the 2021 format. The product holds
 * no copy of that template: each label here is printed alike by published 2019- and 2020-year reports of several
 * organs (the sources are listed in the README's linter section). Table 三's columns, its rows but （六） and table 四
 * print as in 2021.
 */
final class Format2019 {

    /** Table 三's （六）: one row of figures, where 2021 splits it into three numbered items. */
    static final String OTHER_PROCESSING = "（六）其他处理";
    /** Table 二's fifth block (the 2021 format has no 第二十条第（九）项). */
    static final String ARTICLE_20_9 = "第二十条第（九）项";

    private Format2019() {
    }

    /** A column of table 二: its code in the answer and its printed heading. */
    record Column(String code, String label) {
    }

    /** Table 二's column sets, one per block kind. */
    enum Columns {
        DOCUMENTS(List.of(new Column("NEWLY_MADE", "本年新制作数量"), new Column("NEWLY_PUBLISHED", "本年新公开数量"),
                new Column("PUBLIC_TOTAL", "对外公开总数量"))),
        ITEMS_AND_DECISIONS(List.of(new Column("ITEMS_LAST_YEAR", "上一年项目数量"), new Column("CHANGE", "本年增/减"),
                new Column("DECISIONS", "处理决定数量"))),
        ITEMS(List.of(new Column("ITEMS_LAST_YEAR", "上一年项目数量"), new Column("CHANGE", "本年增/减"))),
        PROCUREMENT(List.of(new Column("PROJECTS", "采购项目数量"), new Column("AMOUNT", "采购总金额")));

        private final List<Column> columns;

        Columns(List<Column> columns) {
            this.columns = columns;
        }

        List<Column> columns() {
            return columns;
        }
    }

    /** Table 二's rows in the printed order (第二十条第（一）（五）（六）（八）（九）项), each with its columns. */
    enum ProactiveRow {
        REGULATION("规章", Columns.DOCUMENTS),
        NORMATIVE_DOCUMENT("规范性文件", Columns.DOCUMENTS),
        LICENSING("行政许可", Columns.ITEMS_AND_DECISIONS),
        OTHER_SERVICE_ITEMS("其他对外管理服务事项", Columns.ITEMS_AND_DECISIONS),
        PENALTY("行政处罚", Columns.ITEMS_AND_DECISIONS),
        ENFORCEMENT("行政强制", Columns.ITEMS_AND_DECISIONS),
        ADMINISTRATIVE_FEE("行政事业性收费", Columns.ITEMS),
        CENTRALIZED_PROCUREMENT("政府集中采购", Columns.PROCUREMENT);

        private final String label;
        private final Columns columns;

        ProactiveRow(String label, Columns columns) {
            this.label = label;
            this.columns = columns;
        }

        String label() {
            return label;
        }

        List<Column> columns() {
            return columns.columns();
        }
    }

    /** Column headings only the 2019 format prints in table 二: any of them marks a report as in that format. */
    static List<String> proactiveMarks() {
        return List.of(Columns.DOCUMENTS.columns().get(0).label(), Columns.ITEMS.columns().get(0).label(),
                Columns.PROCUREMENT.columns().get(0).label(), ProactiveRow.CENTRALIZED_PROCUREMENT.label(),
                ARTICLE_20_9);
    }
}
