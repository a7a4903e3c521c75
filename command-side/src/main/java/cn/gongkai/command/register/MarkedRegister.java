package cn.gongkai.command.register;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The register as the office sent it, with its problems marked: each bad cell filled red with the problems in a
 * comment, and a last column "导入问题" saying every problem of the row. A workbook is marked in place (its formats
 * kept); a CSV becomes a workbook of the same cells.
 */
final class MarkedRegister {

    static final String PROBLEMS_HEADING = "导入问题";

    private MarkedRegister() {
    }

    static byte[] of(byte[] body, RegisterSheet sheet, RegisterLayout layout, List<RowProblem> problems) {
        try (Workbook workbook = sheet.format() == RegisterFormat.XLSX ? RegisterFiles.workbook(body)
                : copied(sheet)) {
            Sheet register = workbook.getSheetAt(0);
            Marker marker = new Marker(workbook, register);
            int problemsColumn = Math.max(0, register.getRow(layout.headingRow() - 1).getLastCellNum());
            marker.text(layout.headingRow() - 1, problemsColumn, PROBLEMS_HEADING);
            int numberColumn = layout.column(RegisterField.NUMBER).orElse(0);
            Map<Integer, List<RowProblem>> byRow = problems.stream()
                    .collect(Collectors.groupingBy(RowProblem::row, LinkedHashMap::new, Collectors.toList()));
            byRow.forEach((row, ofRow) -> {
                marker.text(row - 1, problemsColumn, ofRow.stream().map(RowProblem::message)
                        .collect(Collectors.joining("\n")));
                ofRow.stream().collect(Collectors.groupingBy(p -> p.column().isEmpty() ? numberColumn
                                : CellReference.convertColStringToIndex(p.column())))
                        .forEach((column, ofCell) -> marker.mark(row - 1, column, ofCell));
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the marked register", e);
        }
    }

    private static Workbook copied(RegisterSheet sheet) {
        Workbook workbook = new XSSFWorkbook();
        Sheet register = workbook.createSheet("台账");
        for (RegisterSheet.Row row : sheet.rows()) {
            Row copy = register.createRow(row.number() - 1);
            for (int column = 0; column < row.cells().size(); column++) {
                copy.createCell(column).setCellValue(row.cell(column));
            }
        }
        return workbook;
    }

    /** Marks cells of one sheet, sharing one red style per original style. */
    private static final class Marker {

        private final Workbook workbook;
        private final Sheet sheet;
        private final CreationHelper factory;
        private final Drawing<?> drawing;
        private final Map<Short, CellStyle> redStyles = new HashMap<>();

        Marker(Workbook workbook, Sheet sheet) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.factory = workbook.getCreationHelper();
            this.drawing = sheet.createDrawingPatriarch();
        }

        void text(int row, int column, String text) {
            cell(row, column).setCellValue(text);
        }

        void mark(int row, int column, List<RowProblem> problems) {
            Cell cell = cell(row, column);
            cell.setCellStyle(redStyles.computeIfAbsent(cell.getCellStyle().getIndex(), index -> {
                CellStyle red = workbook.createCellStyle();
                red.cloneStyleFrom(cell.getCellStyle());
                red.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return red;
            }));
            cell.removeCellComment();
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(column + 1);
            anchor.setCol2(column + 5);
            anchor.setRow1(row);
            anchor.setRow2(row + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(problems.stream().map(RowProblem::message)
                    .collect(Collectors.joining("\n"))));
            comment.setAuthor("Gongkai");
            cell.setCellComment(comment);
        }

        private Cell cell(int row, int column) {
            Row existing = sheet.getRow(row);
            Row found = existing == null ? sheet.createRow(row) : existing;
            Cell cell = found.getCell(column);
            return cell == null ? found.createCell(column) : cell;
        }
    }
}
