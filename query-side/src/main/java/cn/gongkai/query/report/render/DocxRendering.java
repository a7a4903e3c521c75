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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report as a Word document (DOCX), as offices publish and file it: the title in 方正小标宋简体, section headings in
 * 黑体, text and tables in 仿宋_GB2312 (Latin text in Times New Roman; Word substitutes a font a machine lacks), the
 * national tables
 * with their merged header and label cells (a column span as a grid span, a row span as a vertical merge), borders on
 * every cell, and the note under table 四.
 */
public final class DocxRendering {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";

    private DocxRendering() {
    }

    public static byte[] render(ReportSnapshot report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, report.organ().name(), TITLE_FONT, 22, ParagraphAlignment.CENTER);
            paragraph(document, report.year() + "年" + NationalFormat.TITLE, TITLE_FONT, 22,
                    ParagraphAlignment.CENTER);
            paragraph(document, NationalFormat.opening(report), BODY_FONT, 16, ParagraphAlignment.LEFT)
                    .setFirstLineIndent(640);
            narrative(document, report, NarrativeSection.OVERVIEW);
            heading(document, NationalFormat.PROACTIVE);
            table(document, proactive(report), 4);
            heading(document, NationalFormat.APPLICATIONS);
            table(document, applications(report), 10);
            heading(document, NationalFormat.CASES);
            table(document, cases(report), 15);
            paragraph(document, NationalFormat.casesNote(report.caseCountingRule()), BODY_FONT, 12,
                    ParagraphAlignment.LEFT);
            narrative(document, report, NarrativeSection.PROBLEMS_AND_IMPROVEMENTS);
            narrative(document, report, NarrativeSection.OTHER_MATTERS);
            NationalFormat.feeSentence(report).ifPresent(sentence -> paragraph(document, sentence, BODY_FONT, 16,
                    ParagraphAlignment.LEFT));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DOCX rendering", e);
        }
    }

    /** One cell of a table as drawn: its text, and how many grid columns and rows it covers. */
    record Cell(String text, int columns, int rows) {

        static Cell of(Object text) {
            return new Cell(String.valueOf(text), 1, 1);
        }

        static Cell across(Object text, int columns) {
            return new Cell(String.valueOf(text), columns, 1);
        }

        static Cell down(Object text, int rows) {
            return new Cell(String.valueOf(text), 1, rows);
        }
    }

    private static List<List<Cell>> proactive(ReportSnapshot report) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.across(NationalFormat.ARTICLE_20_1, 4)));
        List<Cell> header = new ArrayList<>(List.of(Cell.of(NationalFormat.CONTENT)));
        NationalFormat.DOCUMENT_COLUMNS.forEach(column -> header.add(Cell.of(column)));
        rows.add(header);
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentFigures f = report.tables().proactive().documents(kind);
            rows.add(List.of(Cell.of(kind.label()), Cell.of(f.issued()), Cell.of(f.repealed()), Cell.of(f.inForce())));
        }
        decisions(rows, report, NationalFormat.ARTICLE_20_5, DecisionKind.LICENSING);
        decisions(rows, report, NationalFormat.ARTICLE_20_6, DecisionKind.PENALTY, DecisionKind.ENFORCEMENT);
        rows.add(List.of(Cell.across(NationalFormat.ARTICLE_20_8, 4)));
        rows.add(List.of(Cell.of(NationalFormat.CONTENT), Cell.across(NationalFormat.FEE_COLUMN, 3)));
        rows.add(List.of(Cell.of(NationalFormat.FEE_ROW),
                Cell.across(report.tables().proactive().administrativeFeeShown(), 3)));
        return rows;
    }

    private static void decisions(List<List<Cell>> rows, ReportSnapshot report, String article,
                                  DecisionKind... kinds) {
        rows.add(List.of(Cell.across(article, 4)));
        rows.add(List.of(Cell.of(NationalFormat.CONTENT), Cell.across(NationalFormat.DECISIONS, 3)));
        for (DecisionKind kind : kinds) {
            rows.add(List.of(Cell.of(kind.label()), Cell.across(report.tables().proactive().decisions(kind), 3)));
        }
    }

    private static List<List<Cell>> applications(ReportSnapshot report) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(NationalFormat.BALANCE_NOTE, 3, 3), Cell.across(NationalFormat.APPLICANTS, 7)));
        rows.add(List.of(Cell.down(ApplicantType.NATURAL_PERSON.label(), 2),
                Cell.across(ApplicationColumn.ORGANISATIONS_HEADING, 5), Cell.down(ApplicationColumn.TOTAL.label(), 2)));
        List<Cell> organisations = new ArrayList<>();
        for (ApplicationColumn column : ApplicationColumn.values()) {
            if (column != ApplicationColumn.NATURAL_PERSON && column != ApplicationColumn.TOTAL) {
                organisations.add(Cell.of(column.label()));
            }
        }
        rows.add(organisations);
        int results = (int) Arrays.stream(ApplicationRow.values()).filter(ApplicationRow::isResult).count() + 1;
        for (ApplicationRow row : ApplicationRow.values()) {
            List<Cell> cells = new ArrayList<>();
            if (row == ApplicationRow.DISCLOSED) {
                cells.add(Cell.down(ApplicationRow.RESULTS_HEADING, results));
            }
            cells.addAll(label(row));
            for (ApplicationColumn column : ApplicationColumn.values()) {
                cells.add(Cell.of(report.tables().applications().cell(row, column)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A row's label cells: across the three label columns, across two for a one-row group, or group and item. */
    private static List<Cell> label(ApplicationRow row) {
        if (!row.isResult() && row != ApplicationRow.RESULT_TOTAL) {
            return List.of(Cell.across(row.label(), 3));
        }
        if (row == ApplicationRow.RESULT_TOTAL) {
            return List.of(Cell.across(row.label(), 2));
        }
        Outcome outcome = row.outcome().orElseThrow();
        List<Outcome> group = Arrays.stream(Outcome.values()).filter(o -> o.group() == outcome.group()).toList();
        if (group.size() == 1) {
            return List.of(Cell.across(outcome.group().label(), 2));
        }
        return group.get(0) == outcome
                ? List.of(Cell.down(outcome.group().label(), group.size()), Cell.of(outcome.label()))
                : List.of(Cell.of(outcome.label()));
    }

    private static List<List<Cell>> cases(ReportSnapshot report) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.across(NationalFormat.REVIEW, 5), Cell.across(NationalFormat.LAWSUIT, 10)));
        List<Cell> second = new ArrayList<>();
        for (CaseColumn column : CaseColumn.values()) {
            second.add(Cell.down(column.label(), 2));
        }
        second.add(Cell.across(CaseGroup.LAWSUIT_DIRECT.label(), 5));
        second.add(Cell.across(CaseGroup.LAWSUIT_AFTER_REVIEW.label(), 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int block = 0; block < 2; block++) {
            for (CaseColumn column : CaseColumn.values()) {
                third.add(Cell.of(column.label()));
            }
        }
        rows.add(third);
        List<Cell> figures = new ArrayList<>();
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseColumn column : CaseColumn.values()) {
                figures.add(Cell.of(report.tables().cases().cell(group, column)));
            }
        }
        rows.add(figures);
        return rows;
    }

    /**
     * Draws a table of {@code width} grid columns: each drawn cell spans its columns; below a cell spanning rows, the
     * rows it covers get a continuation cell of the same span, merged into it.
     */
    private static void table(XWPFDocument document, List<List<Cell>> rows, int width) {
        XWPFTable table = document.createTable(rows.size(), 1);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        int[] coveredUntilRow = new int[width];
        Cell[] covering = new Cell[width];
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.removeCell(0);
            int column = 0;
            int next = 0;
            List<Cell> cells = rows.get(r);
            while (column < width) {
                if (coveredUntilRow[column] > r) {
                    Cell above = covering[column];
                    write(row.addNewTableCell(), "", above.columns(), STMerge.CONTINUE);
                    column += above.columns();
                    continue;
                }
                if (next >= cells.size()) {
                    break;
                }
                Cell cell = cells.get(next++);
                write(row.addNewTableCell(), cell.text(), cell.columns(), cell.rows() > 1 ? STMerge.RESTART : null);
                if (cell.rows() > 1) {
                    coveredUntilRow[column] = r + cell.rows();
                    covering[column] = cell;
                }
                column += cell.columns();
            }
        }
    }

    private static void write(XWPFTableCell cell, String text, int columns, STMerge.Enum vertical) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (columns > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        }
        if (vertical != null) {
            properties.addNewVMerge().setVal(vertical);
        }
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        font(run, BODY_FONT, 10);
        run.setText(text);
    }

    private static void narrative(XWPFDocument document, ReportSnapshot report, NarrativeSection section) {
        heading(document, section.heading());
        String text = NationalFormat.narrative(report, section);
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    XWPFParagraph paragraph = paragraph(document, line.strip(), BODY_FONT, 16,
                            ParagraphAlignment.LEFT);
                    paragraph.setFirstLineIndent(640);
                }
            }
        }
    }

    private static void heading(XWPFDocument document, String text) {
        paragraph(document, text, HEADING_FONT, 16, ParagraphAlignment.LEFT);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, String font, int points,
                                           ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        font(run, font, points);
        run.setText(text);
        return paragraph;
    }

    /** The font offices use for East Asian text, with a common fallback for the Latin parts. */
    private static void font(XWPFRun run, String font, int points) {
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
    }
}
