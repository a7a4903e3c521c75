package cn.gongkai.query.lint;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.query.report.render.NationalFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A report as a workbook (XLSX), one sheet per table as Gongkai's rendering writes it (二, 三, 四 and the prose), turned
 * into the text {@link PublishedText} reads: each sheet under its section heading, each table row a paragraph of
 * cells, a cell covered by another's merge left out (it is the same cell), an empty cell kept as a blank.
 */
final class PublishedWorkbook {

    /** Sheets by the number their name starts with, and the section heading each stands for. */
    private static final Map<String, String> TABLE_SHEETS = Map.of("二、", NationalFormat.PROACTIVE,
            "三、", NationalFormat.APPLICATIONS, "四、", NationalFormat.CASES);

    private PublishedWorkbook() {
    }

    static String text(byte[] xlsx) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            StringBuilder prose = new StringBuilder();
            for (Sheet sheet : workbook) {
                String heading = TABLE_SHEETS.entrySet().stream()
                        .filter(entry -> sheet.getSheetName().startsWith(entry.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
                if (heading != null) {
                    text.append(heading).append('\n');
                    table(sheet, text);
                } else {
                    prose(sheet, prose);
                }
            }
            if (text.indexOf(NationalFormat.APPLICATIONS) < 0) {
                throw new IllegalArgumentException("not a report workbook: no sheet named '三、…' holding "
                        + NationalFormat.APPLICATIONS);
            }
            return prose.append(text).toString();
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException refused) {
                throw refused;
            }
            throw new IllegalArgumentException("not a readable XLSX workbook: " + e.getMessage());
        }
    }

    private static void table(Sheet sheet, StringBuilder text) {
        DataFormatter shown = new DataFormatter();
        List<CellRangeAddress> merges = sheet.getMergedRegions();
        for (Row row : sheet) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                if (coveredByMerge(merges, row.getRowNum(), c)) {
                    continue;
                }
                text.append('\t').append(value(row.getCell(c), shown).replace('\n', ' ')).append('\n');
            }
            text.append('\n');
        }
    }

    /** The prose sheet: a section heading in the first column and its text in the second. */
    private static void prose(Sheet sheet, StringBuilder prose) {
        DataFormatter shown = new DataFormatter();
        for (Row row : sheet) {
            String first = value(row.getCell(0), shown).strip();
            boolean section = List.of(NarrativeSection.values()).stream()
                    .anyMatch(s -> PublishedText.plain(s.heading()).equals(PublishedText.plain(first)));
            prose.append(section ? first + "\n" : "").append(value(row.getCell(1), shown).strip())
                    .append("\n\n");
        }
    }

    private static boolean coveredByMerge(List<CellRangeAddress> merges, int row, int column) {
        return merges.stream().anyMatch(merge -> merge.isInRange(row, column)
                && (merge.getFirstRow() != row || merge.getFirstColumn() != column));
    }

    private static String value(Cell cell, DataFormatter shown) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return shown.formatCellValue(cell);
    }
}
