package cn.gongkai.query.report.render;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.CaseColumn;
import cn.gongkai.events.report.CaseGroup;
import cn.gongkai.events.report.DocumentFigures;
import cn.gongkai.query.report.ReportSnapshot;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The report as an XLSX workbook: one sheet per table of the national format, under a title row, headers merged as it
 * draws them, every table cell bordered, figures as numbers.
 */
public final class XlsxRendering {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxRendering() {
    }

    public static byte[] render(ReportSnapshot report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet proactive = workbook.createSheet("二、主动公开政府信息情况");
            proactive(proactive, report);
            Sheet applications = workbook.createSheet("三、收到和处理政府信息公开申请情况");
            applications(applications, report);
            Sheet cases = workbook.createSheet("四、行政复议、行政诉讼情况");
            cases(cases, report);
            narrative(workbook.createSheet("文字部分"), report);
            Styles styles = new Styles(workbook);
            finish(proactive, report, NationalFormat.PROACTIVE, 4, 5000, styles);
            finish(applications, report, NationalFormat.APPLICATIONS, 10, 2600, styles);
            applications.setColumnWidth(0, 3000);
            applications.setColumnWidth(1, 4200);
            applications.setColumnWidth(2, 9000);
            finish(cases, report, NationalFormat.CASES, 15, 2400, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX rendering", e);
        }
    }

    /** The title and border styles of the table sheets. */
    private record Styles(CellStyle title, CellStyle bordered) {

        Styles(Workbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            bordered.setBorderTop(BorderStyle.THIN);
            bordered.setBorderBottom(BorderStyle.THIN);
            bordered.setBorderLeft(BorderStyle.THIN);
            bordered.setBorderRight(BorderStyle.THIN);
            bordered.setAlignment(HorizontalAlignment.CENTER);
            bordered.setVerticalAlignment(VerticalAlignment.CENTER);
            bordered.setWrapText(true);
        }
    }

    /**
     * A table sheet as printed: a title row (the organ, the year and the section heading) above the table, every cell
     * of the table bordered (those a merge covers too, so the merged cell's border is whole), columns widened.
     */
    private static void finish(Sheet sheet, ReportSnapshot report, String heading, int width, int columnWidth,
                               Styles styles) {
        int last = sheet.getLastRowNum();
        sheet.shiftRows(0, last, 1);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(report.organ().name() + report.year() + "年" + NationalFormat.TITLE + "　" + heading);
        title.setCellStyle(styles.title());
        merge(sheet, 0, 0, 0, width - 1);
        // The table runs from under the title to the first empty row (a note may follow after it, unbordered).
        for (int r = 1; r <= last + 1 && sheet.getRow(r) != null && sheet.getRow(r).getPhysicalNumberOfCells() > 0;
             r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(styles.bordered());
            }
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, columnWidth);
        }
    }

    private static void proactive(Sheet sheet, ReportSnapshot report) {
        int r = 0;
        r = heading(sheet, r, NationalFormat.ARTICLE_20_1, 4);
        set(sheet, r++, 0, NationalFormat.CONTENT, NationalFormat.DOCUMENT_COLUMNS.get(0),
                NationalFormat.DOCUMENT_COLUMNS.get(1), NationalFormat.DOCUMENT_COLUMNS.get(2));
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures f = report.tables().proactive().documents(kind);
            set(sheet, r++, 0, kind.label(), f.issued(), f.repealed(), f.inForce());
        }
        r = decisions(sheet, r, report, NationalFormat.ARTICLE_20_5, DecisionKind.LICENSING);
        r = decisions(sheet, r, report, NationalFormat.ARTICLE_20_6, DecisionKind.PENALTY, DecisionKind.ENFORCEMENT);
        r = heading(sheet, r, NationalFormat.ARTICLE_20_8, 4);
        set(sheet, r++, 0, NationalFormat.CONTENT, NationalFormat.FEE_COLUMN);
        set(sheet, r, 0, NationalFormat.FEE_ROW, report.tables().proactive().administrativeFeeShown());
    }

    private static int decisions(Sheet sheet, int r, ReportSnapshot report, String article, DecisionKind... kinds) {
        r = heading(sheet, r, article, 4);
        set(sheet, r++, 0, NationalFormat.CONTENT, NationalFormat.DECISIONS);
        for (DecisionKind kind : kinds) {
            set(sheet, r++, 0, kind.label(), report.tables().proactive().decisions(kind));
        }
        return r;
    }

    private static void applications(Sheet sheet, ReportSnapshot report) {
        set(sheet, 0, 0, NationalFormat.BALANCE_NOTE);
        set(sheet, 0, 3, NationalFormat.APPLICANTS);
        set(sheet, 1, 3, ApplicantType.NATURAL_PERSON.label(), ApplicationColumn.ORGANISATIONS_HEADING);
        set(sheet, 1, 9, ApplicationColumn.TOTAL.label());
        int c = 4;
        for (ApplicationColumn column : ApplicationColumn.values()) {
            if (column != ApplicationColumn.NATURAL_PERSON && column != ApplicationColumn.TOTAL) {
                set(sheet, 2, c++, column.label());
            }
        }
        merge(sheet, 0, 2, 0, 2);
        merge(sheet, 0, 0, 3, 9);
        merge(sheet, 1, 2, 3, 3);
        merge(sheet, 1, 1, 4, 8);
        merge(sheet, 1, 2, 9, 9);
        int r = 3;
        int firstResult = -1;
        for (ApplicationRow row : ApplicationRow.values()) {
            if (row.isResult() || row == ApplicationRow.RESULT_TOTAL) {
                firstResult = firstResult < 0 ? r : firstResult;
                label(sheet, r, row);
            } else {
                set(sheet, r, 0, row.label());
                merge(sheet, r, r, 0, 2);
            }
            int col = 3;
            for (ApplicationColumn column : ApplicationColumn.values()) {
                set(sheet, r, col++, report.tables().applications().cell(row, column));
            }
            r++;
        }
        set(sheet, firstResult, 0, ApplicationRow.RESULTS_HEADING);
        merge(sheet, firstResult, firstResult + 21, 0, 0);
    }

    /** The label cells of a result row: group and item, or the group (or total) across both. */
    private static void label(Sheet sheet, int r, ApplicationRow row) {
        if (row == ApplicationRow.RESULT_TOTAL) {
            set(sheet, r, 1, row.label());
            merge(sheet, r, r, 1, 2);
            return;
        }
        Outcome outcome = row.outcome().orElseThrow();
        long inGroup = Arrays.stream(Outcome.values()).filter(o -> o.group() == outcome.group()).count();
        if (inGroup == 1) {
            set(sheet, r, 1, outcome.group().label());
            merge(sheet, r, r, 1, 2);
            return;
        }
        set(sheet, r, 2, outcome.label());
        boolean first = Arrays.stream(Outcome.values()).filter(o -> o.group() == outcome.group()).findFirst()
                .orElseThrow() == outcome;
        if (first) {
            set(sheet, r, 1, outcome.group().label());
            merge(sheet, r, r + (int) inGroup - 1, 1, 1);
        }
    }

    private static void cases(Sheet sheet, ReportSnapshot report) {
        set(sheet, 0, 0, NationalFormat.REVIEW);
        set(sheet, 0, 5, NationalFormat.LAWSUIT);
        merge(sheet, 0, 0, 0, 4);
        merge(sheet, 0, 0, 5, 14);
        set(sheet, 1, 5, CaseGroup.LAWSUIT_DIRECT.label());
        set(sheet, 1, 10, CaseGroup.LAWSUIT_AFTER_REVIEW.label());
        merge(sheet, 1, 1, 5, 9);
        merge(sheet, 1, 1, 10, 14);
        int c = 0;
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseColumn column : CaseColumn.values()) {
                set(sheet, group == CaseGroup.REVIEW ? 1 : 2, c, column.label());
                if (group == CaseGroup.REVIEW) {
                    merge(sheet, 1, 2, c, c);
                }
                set(sheet, 3, c++, report.tables().cases().cell(group, column));
            }
        }
        set(sheet, 5, 0, NationalFormat.casesNote(report.caseCountingRule()));
        merge(sheet, 5, 5, 0, 14);
    }

    /**
     * The prose sheet, in the order the report prints it: the title (organ, then year), the opening paragraph, the
     * narrative sections under their headings, the fee sentence.
     */
    private static void narrative(Sheet sheet, ReportSnapshot report) {
        int r = 0;
        set(sheet, r++, 0, NationalFormat.TITLE_LABEL, report.organ().name());
        set(sheet, r++, 0, "", report.year() + "年" + NationalFormat.TITLE);
        set(sheet, r++, 0, NationalFormat.OPENING_LABEL, NationalFormat.opening(report));
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = NationalFormat.narrative(report, section);
            set(sheet, r++, 0, section.heading(), text == null ? "" : text.strip());
        }
        int feeRow = r;
        NationalFormat.feeSentence(report).ifPresent(sentence -> set(sheet, feeRow, 0, NationalFormat.PROCESSING_FEES,
                sentence));
    }

    private static int heading(Sheet sheet, int r, String text, int width) {
        set(sheet, r, 0, text);
        merge(sheet, r, r, 0, width - 1);
        return r + 1;
    }

    private static void set(Sheet sheet, int r, int firstColumn, Object... values) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Long number) {
                row.createCell(firstColumn + i).setCellValue(number);
            } else {
                row.createCell(firstColumn + i).setCellValue(String.valueOf(values[i]));
            }
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
}
