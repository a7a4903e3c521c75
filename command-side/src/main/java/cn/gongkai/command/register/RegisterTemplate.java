package cn.gongkai.command.register;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The blank register (XLSX): the default headings, an example row (numbered {@value #EXAMPLE_NUMBER}, never
 * imported), lists to choose the applicant type, the channel and the outcome from (the national wordings), dates
 * formatted as dates, and a sheet explaining each column.
 */
final class RegisterTemplate {

    /** The example row's number: a row so numbered is passed over by the import. */
    static final String EXAMPLE_NUMBER = "示例";
    static final String REGISTER_SHEET = "台账";
    static final String CHOICES_SHEET = "选项";
    /** Rows offered a choice list: more than a year of any county office's applications. */
    static final int ROWS_WITH_CHOICES = 5000;

    private static final List<String> CHANNELS = List.of("当面", "邮寄", "平信", "网络", "传真");
    private static final Map<RegisterField, String> EXPLANATIONS = Map.ofEntries(
            Map.entry(RegisterField.NUMBER, "本机关的登记编号，每件申请一行、编号不重复；重新导入时以编号识别同一件申请"),
            Map.entry(RegisterField.APPLICANT_TYPE, "从下拉列表选择：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他"),
            Map.entry(RegisterField.APPLICANT_NAME, "可填可不填；导入时不读取，姓名不进入系统"),
            Map.entry(RegisterField.RECEIVED_ON, "依《条例》第三十一条确定的收到申请之日，如2025-01-13"),
            Map.entry(RegisterField.CHANNEL, "可选：当面、邮寄（签收）、平信、网络、传真"),
            Map.entry(RegisterField.CORRECTION_REQUESTED_ON, "发出补正通知的日期；没有补正的留空"),
            Map.entry(RegisterField.CORRECTED_ON, "收到补正申请的日期"),
            Map.entry(RegisterField.EXTENDED_ON, "决定延期答复的日期"),
            Map.entry(RegisterField.EXTENSION_WORKING_DAYS, "延长的工作日数，1至20；留空按20计"),
            Map.entry(RegisterField.CONSULTATION_STARTED_ON, "书面征求第三方或其他机关意见的日期"),
            Map.entry(RegisterField.CONSULTATION_ENDED_ON, "收到意见或征求意见期满的日期"),
            Map.entry(RegisterField.DECIDED_ON, "作出答复的日期；尚未办结的留空"),
            Map.entry(RegisterField.OUTCOME, "从下拉列表选择年度报告表三的办理结果；尚未办结的留空"),
            Map.entry(RegisterField.NOTE, "可填可不填；导入时不读取"));

    private RegisterTemplate() {
    }

    static byte[] xlsx() {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet register = workbook.createSheet(REGISTER_SHEET);
            Sheet choices = workbook.createSheet(CHOICES_SHEET);
            writeChoices(choices);
            workbook.setSheetHidden(workbook.getSheetIndex(choices), true);
            writeHeadings(workbook, register);
            writeExample(workbook, register);
            offerChoices(register, RegisterField.APPLICANT_TYPE, "A", Wordings.applicantTypeWordings().size());
            offerChoices(register, RegisterField.CHANNEL, "B", CHANNELS.size());
            offerChoices(register, RegisterField.OUTCOME, "C", Wordings.nationalWordings().size());
            writeExplanations(workbook.createSheet("说明"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the register template", e);
        }
    }

    static int column(RegisterField field) {
        return field.ordinal();
    }

    private static void writeHeadings(Workbook workbook, Sheet register) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row headings = register.createRow(0);
        CellStyle dates = dateStyle(workbook);
        for (RegisterField field : RegisterField.values()) {
            Cell cell = headings.createCell(column(field));
            cell.setCellValue(field.heading());
            cell.setCellStyle(bold);
            register.setColumnWidth(column(field), (field == RegisterField.OUTCOME ? 40 : 16) * 256);
            if (field.name().endsWith("_ON")) {
                register.setDefaultColumnStyle(column(field), dates);
            }
        }
        register.createFreezePane(0, 1);
    }

    private static void writeExample(Workbook workbook, Sheet register) {
        Row example = register.createRow(1);
        CellStyle dates = dateStyle(workbook);
        example.createCell(column(RegisterField.NUMBER)).setCellValue(EXAMPLE_NUMBER);
        example.createCell(column(RegisterField.APPLICANT_TYPE)).setCellValue("自然人");
        example.createCell(column(RegisterField.CHANNEL)).setCellValue("网络");
        date(example, RegisterField.RECEIVED_ON, LocalDate.of(2025, 1, 13), dates);
        date(example, RegisterField.CORRECTION_REQUESTED_ON, LocalDate.of(2025, 1, 15), dates);
        date(example, RegisterField.CORRECTED_ON, LocalDate.of(2025, 1, 20), dates);
        date(example, RegisterField.DECIDED_ON, LocalDate.of(2025, 2, 10), dates);
        example.createCell(column(RegisterField.OUTCOME)).setCellValue("予以公开");
        example.createCell(column(RegisterField.NOTE)).setCellValue("示例行：编号为“示例”的行不导入，可删除");
    }

    private static void date(Row row, RegisterField field, LocalDate date, CellStyle style) {
        Cell cell = row.createCell(column(field));
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static CellStyle dateStyle(Workbook workbook) {
        CellStyle dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return dates;
    }

    private static void writeChoices(Sheet choices) {
        List<List<String>> columns = List.of(Wordings.applicantTypeWordings(), CHANNELS, Wordings.nationalWordings());
        for (int column = 0; column < columns.size(); column++) {
            List<String> words = columns.get(column);
            for (int i = 0; i < words.size(); i++) {
                Row row = choices.getRow(i) == null ? choices.createRow(i) : choices.getRow(i);
                row.createCell(column).setCellValue(words.get(i));
            }
        }
    }

    /** A list from the hidden sheet: an explicit list would be cut at Excel's 255 characters. */
    private static void offerChoices(Sheet register, RegisterField field, String choicesColumn, int count) {
        DataValidationHelper helper = register.getDataValidationHelper();
        String range = CHOICES_SHEET + "!$" + choicesColumn + "$1:$" + choicesColumn + "$" + count;
        CellRangeAddressList cells = new CellRangeAddressList(1, Math.min(ROWS_WITH_CHOICES,
                SpreadsheetVersion.EXCEL2007.getLastRowIndex()), column(field), column(field));
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range), cells);
        validation.setShowErrorBox(true);
        validation.createErrorBox("请从列表选择", "请从下拉列表中选择" + field.heading());
        register.addValidationData(validation);
    }

    private static void writeExplanations(Sheet explanations) {
        Row heading = explanations.createRow(0);
        heading.createCell(0).setCellValue("列");
        heading.createCell(1).setCellValue("填写说明");
        for (RegisterField field : RegisterField.values()) {
            Row row = explanations.createRow(field.ordinal() + 1);
            row.createCell(0).setCellValue(field.heading() + "（" + CellReference.convertNumToColString(column(field))
                    + "列）");
            row.createCell(1).setCellValue(EXPLANATIONS.get(field));
        }
        explanations.setColumnWidth(0, 20 * 256);
        explanations.setColumnWidth(1, 80 * 256);
    }
}
