package cn.gongkai.query.lint;

import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.PrintedLabels;
import cn.gongkai.query.report.render.NationalFormat;

import java.util.Arrays;
import java.util.List;

/**
 * The national format a published report is in, told by the labels it prints: the 2021 format
 * (国办公开办函〔2021〕30号) or the earlier 2019 one (国办公开办函〔2019〕60号). Both share table 三's arithmetic and table
 * 四; in 2019 table 三's （六）其他处理 is one row, read as the 2021 row （六）其他处理 3.其他 ({@link ApplicationRow#OTHER}).
 */
enum NationalEdition {
    FORMAT_2021("2021", "国办公开办函〔2021〕30号"),
    FORMAT_2019("2019", "国办公开办函〔2019〕60号");

    private final String year;
    private final String notice;

    NationalEdition(String year, String notice) {
        this.year = year;
        this.notice = notice;
    }

    /** The year the format was issued, as the lint answer's {@code format} says it. */
    String year() {
        return year;
    }

    String notice() {
        return notice;
    }

    /**
     * The format whose own labels the report prints: in table 二 the 2019 column headings (本年新制作数量, 上一年项目数量,
     * 采购项目数量, …) or the 2021 ones (本年制发件数, 本年处理决定数量, …); in table 三 （六）其他处理 without the 2021
     * numbered items, or with them. A report printing labels of both is refused; one printing neither is read as 2021.
     */
    static NationalEdition of(List<String> proactive, List<String> applications) {
        boolean marks2019 = containsAny(proactive, Format2019.proactiveMarks());
        boolean marks2021 = containsAny(proactive, List.of(PrintedLabels.ISSUED, PrintedLabels.IN_FORCE,
                PrintedLabels.DECISIONS, PrintedLabels.FEE_COLUMN));
        boolean splitOther = applications.stream().map(PublishedText::plain)
                .anyMatch(token -> token.endsWith(PublishedText.plain(Outcome.OTHER_NO_CORRECTION.label())));
        boolean singleOther = !splitOther && applications.stream().map(PublishedText::plain)
                .anyMatch(token -> token.endsWith(PublishedText.plain(Format2019.OTHER_PROCESSING)));
        if ((marks2019 || singleOther) && (marks2021 || splitOther)) {
            throw new IllegalArgumentException("the report prints labels of both the 2021 national format ("
                    + FORMAT_2021.notice + ") and the 2019 one (" + FORMAT_2019.notice + "), e.g. in table 二 "
                    + PrintedLabels.ISSUED + " or " + PrintedLabels.DECISIONS + " beside 本年新制作数量 or 上一年项目数量; "
                    + "a report is read in one format");
        }
        return marks2019 || singleOther ? FORMAT_2019 : FORMAT_2021;
    }

    /** Table 三's rows this format prints, in order (2019 has no 1. and 2. under （六）). */
    List<ApplicationRow> applicationRows() {
        return Arrays.stream(ApplicationRow.values())
                .filter(row -> this == FORMAT_2021 || row != ApplicationRow.OTHER_NO_CORRECTION
                        && row != ApplicationRow.OTHER_FEE_UNPAID)
                .toList();
    }

    /** A table-三 row's own label as this format prints it (2019's （六）其他处理 for {@link ApplicationRow#OTHER}). */
    String label(ApplicationRow row) {
        return this == FORMAT_2019 && row == ApplicationRow.OTHER ? Format2019.OTHER_PROCESSING : row.label();
    }

    /** A table-三 row's label with its group, e.g. （五）不予处理 2.重复申请, as this format prints it. */
    String rowLabel(ApplicationRow row) {
        return this == FORMAT_2019 && row == ApplicationRow.OTHER ? Format2019.OTHER_PROCESSING
                : PrintedLabels.applicationRow(row);
    }

    /** A table-三 row's full label under 三、本年度办理结果 where it is a result row. */
    String fullLabel(ApplicationRow row) {
        return this == FORMAT_2019 && row == ApplicationRow.OTHER
                ? ApplicationRow.RESULTS_HEADING + Format2019.OTHER_PROCESSING : NationalFormat.fullLabel(row);
    }

    /**
     * Whether a cell is one of the labels, or one with a note in brackets after it (as 采购总金额（万元） some offices
     * print); a sentence of prose that merely starts with a label's words is no label.
     */
    private static boolean containsAny(List<String> tokens, List<String> labels) {
        List<String> plainLabels = labels.stream().map(PublishedText::plain).toList();
        return tokens.stream().map(PublishedText::plain).anyMatch(token -> plainLabels.stream()
                .anyMatch(label -> token.equals(label) || token.startsWith(label + "(")));
    }
}
