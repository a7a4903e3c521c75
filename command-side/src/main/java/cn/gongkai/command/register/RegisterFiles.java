package cn.gongkai.command.register;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a register file into its rows of text. A workbook's first sheet is the register; a CSV is UTF-8 (with or
 * without a byte-order mark) or, as Excel saves it on a Chinese Windows, GB18030.
 */
final class RegisterFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private RegisterFiles() {
    }

    static RegisterSheet read(byte[] body, RegisterFormat format, int maxRows) {
        if (body.length == 0) {
            throw new UnreadableRegister("the request body is empty; send the register as XLSX or CSV");
        }
        List<RegisterSheet.Row> rows = format == RegisterFormat.XLSX ? workbookRows(body, maxRows)
                : csvRows(body, maxRows);
        return new RegisterSheet(format, rows);
    }

    private static List<RegisterSheet.Row> workbookRows(byte[] body, int maxRows) {
        try (Workbook workbook = workbook(body)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableRegister("the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > maxRows) {
                throw tooLong(sheet.getLastRowNum() + 1, maxRows);
            }
            DataFormatter formatter = new DataFormatter();
            List<RegisterSheet.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                RegisterSheet.Row read = new RegisterSheet.Row(row.getRowNum() + 1, cells);
                if (!read.blank()) {
                    rows.add(read);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UnreadableRegister("the workbook could not be read: " + e.getMessage(), e);
        }
    }

    /** Opens a workbook; POI's own guard refuses a ZIP that inflates suspiciously (a ZIP bomb). */
    static Workbook workbook(byte[] body) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableRegister("the body is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    /** A cell's text as the office sees it; a date as YYYY-MM-DD whatever its display format. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString().strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static List<RegisterSheet.Row> csvRows(byte[] body, int maxRows) {
        String text = decoded(body);
        List<RegisterSheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                addRow(rows, rowStart, cells, maxRows);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableRegister("the CSV ends inside a quoted cell that starts on line " + rowStart);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            addRow(rows, rowStart, cells, maxRows);
        }
        return rows;
    }

    private static void addRow(List<RegisterSheet.Row> rows, int number, List<String> cells, int maxRows) {
        if (number > maxRows) {
            throw tooLong(number, maxRows);
        }
        RegisterSheet.Row row = new RegisterSheet.Row(number, List.copyOf(cells));
        if (!row.blank()) {
            rows.add(row);
        }
    }

    private static String decoded(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, GB18030);
        }
    }

    private static UnreadableRegister tooLong(int rows, int maxRows) {
        return new UnreadableRegister("the register has " + rows + " rows; one import takes at most " + maxRows
                + " (gongkai.register.max-rows): split it, each part appends only what is new");
    }
}
