package cn.gongkai.query.lint;

import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.PrintedLabels;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.report.Severity;
import cn.gongkai.query.report.render.Csv;
import cn.gongkai.query.report.render.CsvRendering;
import cn.gongkai.query.report.render.DocxRendering;
import cn.gongkai.query.report.render.XlsxRendering;
import cn.gongkai.security.ApiTags;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/reports/lint}: the consistency findings of any report, Gongkai's or a published one, handed in
 * as JSON in the report's shape (any of {@code proactive}, {@code applications}, {@code reviewsAndLawsuits},
 * {@code narrative}; last year's tables under {@code lastYear} for the continuity rules) or as CSV in the CSV
 * rendering's shape ({@code table,row,column,label,value}, one cell a line), or as plain text in the 2021 or 2019
 * national format as published ({@link PublishedText}, which tells the two apart).
 */
@RestController
@Tag(name = ApiTags.LINT)
public class LintController {

    static final String SUMMARY = "Check any annual report, Gongkai's or a published one, against the consistency "
            + "rules";

    private final ObjectMapper json;

    public LintController(ObjectMapper json) {
        this.json = json;
    }

    /**
     * What the rules found: the national format a published report was recognised in ({@code 2021} or {@code 2019};
     * null for JSON and CSV, which are in the report's codes), each finding, how many are errors and warnings, and
     * what was read from the report handed in (so an office can see that its figures were read as it meant them).
     */
    public record LintResult(String format, long errors, long warnings, List<Finding> findings, ReadReport read) {

        static LintResult of(List<Finding> findings, ReadReport read) {
            return of(null, findings, read);
        }

        static LintResult of(NationalEdition edition, List<Finding> findings, ReadReport read) {
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            return new LintResult(edition == null ? null : edition.year(), errors, findings.size() - errors, findings,
                    read);
        }
    }

    /**
     * The report as read: the format recognised, the organ and year of a published text's title, and the tables and
     * narrative in the report JSON's shape (a table absent from what was handed in is absent here); a 2019-format
     * report's table 二, which has no place in that shape, under {@code proactive2019} as printed.
     */
    public record ReadReport(String format, String organName, Integer year,
                             Map<String, Map<String, Object>> proactive, Map<String, Map<String, Long>> applications,
                             Map<String, Map<String, Long>> reviewsAndLawsuits, Map<String, String> narrative,
                             Map<String, Map<String, String>> proactive2019) {

        static ReadReport of(String format, String organName, Integer year, ReportTables tables) {
            return of(format, organName, year, tables, null);
        }

        static ReadReport of(String format, String organName, Integer year, ReportTables tables,
                             Map<String, Map<String, String>> proactive2019) {
            Map<String, String> narrative = new LinkedHashMap<>();
            tables.narrative().forEach((section, text) -> narrative.put(section.name(), text));
            return new ReadReport(format, organName, year,
                    tables.proactive() == null ? null : tables.proactive().asMap(),
                    tables.applications() == null ? null : tables.applications().asMap(),
                    tables.cases() == null ? null : tables.cases().asMap(), narrative, proactive2019);
        }
    }

    /** The published forms this linter reads, each in the 2021 or the 2019 national format. */
    static final String TEXT = "text";
    static final String PAGE = "html";
    static final String WORKBOOK = "xlsx";
    static final String DOCUMENT = "docx";
    static final String XLSX = XlsxRendering.MEDIA_TYPE;
    static final String DOCX = DocxRendering.MEDIA_TYPE;

    /** What {@code read.format} says of a published report: its form and the national format recognised. */
    private static String national(String form, NationalEdition edition) {
        return form + ", " + edition.year() + " national format (" + edition.notice() + ")";
    }

    @Operation(summary = SUMMARY)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
            description = "A report in the report JSON's shape: any of proactive, applications, reviewsAndLawsuits, "
                    + "narrative; last year's tables under lastYear for the continuity rules")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = MediaType.APPLICATION_JSON_VALUE)
    public LintResult lintJson(@RequestBody byte[] body) {
        JsonNode report = readJson(body);
        ReportTables lastYear = null;
        if (report.has("lastYear")) {
            if (!report.get("lastYear").isObject()) {
                throw new IllegalArgumentException("'lastYear' must be a JSON object holding last year's tables");
            }
            lastYear = ReportReader.read(cells(report.get("lastYear"), "lastYear."));
        }
        ReportTables tables = ReportReader.read(cells(report, ""));
        return LintResult.of(ConsistencyRules.check(tables, lastYear), ReadReport.of("json", null, null, tables));
    }

    @Operation(summary = SUMMARY, description = "A published report as plain text, as copied from its web page "
            + "(each table cell on a line of its own) or as Gongkai's text rendering (format=txt): the six section "
            + "headings of the national format on lines of their own; the answer says which format (2021 or 2019) it "
            + "recognised and what it read.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string",
            description = "The report's text in the 2021 or 2019 national format, UTF-8")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = MediaType.TEXT_PLAIN_VALUE)
    public LintResult lintText(@RequestBody byte[] body) {
        return lintPublished(TEXT, new String(body, StandardCharsets.UTF_8));
    }

    @Operation(summary = SUMMARY, description = "A report as a workbook, one sheet per table as Gongkai's XLSX "
            + "rendering writes it (sheets named 二、…, 三、…, 四、… and the prose); the answer says what it read.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = XLSX)
    public LintResult lintWorkbook(@RequestBody byte[] body) {
        return lintPublished(WORKBOOK, PublishedWorkbook.text(body));
    }

    @Operation(summary = SUMMARY, description = "A report's web page as HTML, Gongkai's format=html or a portal's "
            + "page in the 2021 or 2019 national format (headings, paragraphs and tables); the answer says what it "
            + "read.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = MediaType.TEXT_HTML_VALUE)
    public LintResult lintPage(@RequestBody byte[] body) {
        return lintPublished(PAGE, PublishedPage.text(new String(body, StandardCharsets.UTF_8)));
    }

    @Operation(summary = "Check every report in a ZIP at once: one result per file",
            description = "A supervising office's check of its subordinates' reports: each file of the ZIP read by its "
                    + "extension (.txt, .html/.htm, .xlsx, .docx, .json, .csv) and judged alone; a file that cannot be "
                    + "read gets its reason instead of a result. At most " + LintedFiles.MAX_FILES + " files and "
                    + LintedFiles.MAX_UNZIPPED_MB + " MB unzipped.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = "application/zip")
    public List<LintedFiles.FileResult> lintZip(@RequestBody byte[] body) {
        return LintedFiles.each(body, this::lintFile);
    }

    @Operation(summary = "Check several reports uploaded at once (a form's file fields): one result per file",
            description = "Each 'file' part read by its file name's extension (.txt, .html/.htm, .xlsx, .docx, "
                    + ".json, .csv; a .zip stands for its files) and judged alone; a file that cannot be read gets "
                    + "its reason instead of a result. At most " + LintedFiles.MAX_FILES + " files.")
    @PostMapping(path = "/api/v1/reports/lint", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public List<LintedFiles.FileResult> lintUploads(
            @Parameter(description = "The reports, each a file part named 'file'")
            @RequestPart(name = "file", required = false) List<MultipartFile> files) throws IOException {
        List<LintedFiles.NamedFile> named = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "file " + (named.size() + 1) : file.getOriginalFilename();
            named.add(new LintedFiles.NamedFile(name, file.getBytes()));
        }
        return LintedFiles.each(named, this::lintFile);
    }

    /** One file of a ZIP or of an upload, by its extension. */
    private LintResult lintFile(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return lintText(content);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return lintPage(content);
        }
        if (lower.endsWith(".xlsx")) {
            return lintWorkbook(content);
        }
        if (lower.endsWith(".docx")) {
            return lintDocument(content);
        }
        if (lower.endsWith(".json")) {
            return lintJson(content);
        }
        if (lower.endsWith(".csv")) {
            return lintCsv(content);
        }
        throw new IllegalArgumentException("not a report file this linter reads (.txt, .html, .htm, .xlsx, .docx, "
                + ".json, .csv)");
    }

    @Operation(summary = SUMMARY, description = "A report as a Word document (DOCX), Gongkai's format=docx or an "
            + "office's own in the 2021 or 2019 national format; the answer says what it read.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = DOCX, schema = @Schema(type = "string", format = "binary")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = DOCX)
    public LintResult lintDocument(@RequestBody byte[] body) {
        return lintPublished(DOCUMENT, PublishedDocument.text(body));
    }

    private static LintResult lintPublished(String form, String text) {
        PublishedText.Read read = PublishedText.read(text);
        ReportTables tables = ReportReader.read(read.cells());
        List<Finding> findings = new ArrayList<>(read.blanks());
        findings.addAll(ConsistencyRules.checkWhole(tables, null));
        return LintResult.of(read.edition(), findings.stream().map(f -> asPrinted(f, read.edition())).toList(),
                ReadReport.of(national(form, read.edition()), read.organName(), read.year(), tables,
                        read.edition() == NationalEdition.FORMAT_2019 ? read.proactive2019() : null));
    }

    /** A finding on table 三's （六）其他处理 row named as the report's format prints that row. */
    private static Finding asPrinted(Finding finding, NationalEdition edition) {
        ApplicationRow other = ApplicationRow.OTHER;
        if (edition != NationalEdition.FORMAT_2019 || !ConsistencyRules.TABLE.equals(finding.table())
                || !other.name().equals(finding.row())) {
            return finding;
        }
        String printed = edition.rowLabel(other);
        return new Finding(finding.rule(), finding.severity(), finding.table(), finding.row(), finding.column(),
                finding.expected(), finding.actual(),
                finding.message().replace(PrintedLabels.applicationRow(other), printed), printed,
                finding.columnLabel());
    }

    @Operation(summary = SUMMARY)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string",
            description = "A report in the CSV rendering's shape: table,row,column,label,value, one cell a line "
                    + "(lines of the table 'text', the printed text beside the figures, are skipped)"),
            examples = @ExampleObject(name = "one cell",
                    value = "table,row,column,label,value\napplications,RECEIVED,TOTAL,,1\n")))
    @PostMapping(path = "/api/v1/reports/lint", consumes = "text/csv")
    public LintResult lintCsv(@RequestBody byte[] body) {
        List<ReportReader.Cell> cells = new ArrayList<>();
        List<List<String>> rows = Csv.parse(new String(body, StandardCharsets.UTF_8));
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i == 0 && "table".equals(row.get(0))) {
                continue;
            }
            if (row.size() != 5) {
                throw new IllegalArgumentException("CSV line " + (i + 1) + " has " + row.size()
                        + " fields; expected table,row,column,label,value");
            }
            if (CsvRendering.PRINTED_TEXT.equals(row.get(0))) {
                continue;
            }
            cells.add(new ReportReader.Cell(row.get(0), row.get(1), row.get(2), row.get(4)));
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("the CSV holds no cell of a report; expected one cell a line: "
                    + "table,row,column,label,value");
        }
        ReportTables tables = ReportReader.read(cells);
        return LintResult.of(ConsistencyRules.check(tables, null), ReadReport.of("csv", null, null, tables));
    }

    private JsonNode readJson(byte[] body) {
        try {
            JsonNode report = json.readTree(body);
            if (report == null || !report.isObject()) {
                throw new IllegalArgumentException("the report must be a JSON object in the report's shape");
            }
            return report;
        } catch (IOException e) {
            throw new IllegalArgumentException("the report is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * The cells of a report in JSON: table → row → column → value; the narrative: section → text. Refuses what is not
     * in that shape, naming where, and a report with no table at all.
     */
    private static List<ReportReader.Cell> cells(JsonNode report, String prefix) {
        List<ReportReader.Cell> cells = new ArrayList<>();
        boolean anyTable = false;
        for (String table : List.of(ReportReader.PROACTIVE, ReportReader.APPLICATIONS, ReportReader.CASES)) {
            if (!report.has(table)) {
                continue;
            }
            anyTable = true;
            JsonNode rows = object(report.get(table), prefix + table, "rows");
            rows.fieldNames().forEachRemaining(row -> {
                JsonNode columns = object(rows.get(row), prefix + table + "." + row, "columns");
                columns.fieldNames().forEachRemaining(column -> cells.add(new ReportReader.Cell(table, row, column,
                        figure(columns.get(column), prefix + table + "." + row + "." + column))));
            });
        }
        if (report.has(ReportReader.NARRATIVE)) {
            anyTable = true;
            JsonNode narrative = object(report.get(ReportReader.NARRATIVE), prefix + ReportReader.NARRATIVE,
                    "sections");
            narrative.fieldNames().forEachRemaining(section -> {
                JsonNode text = narrative.get(section);
                if (!text.isTextual()) {
                    throw new IllegalArgumentException("'" + prefix + ReportReader.NARRATIVE + "." + section
                            + "' must be text");
                }
                cells.add(new ReportReader.Cell(ReportReader.NARRATIVE, section, "TEXT", text.asText()));
            });
        }
        if (!anyTable) {
            throw new IllegalArgumentException("not a report: " + (prefix.isEmpty() ? "the JSON" : "'" + prefix
                    .substring(0, prefix.length() - 1) + "'") + " has none of proactive, applications, "
                    + "reviewsAndLawsuits, narrative");
        }
        return cells;
    }

    private static JsonNode object(JsonNode node, String where, String holding) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("'" + where + "' must be a JSON object of " + holding);
        }
        return node;
    }

    /** A figure as a number or a decimal string (the report writes the fee as a string). */
    private static String figure(JsonNode node, String where) {
        if (!node.isNumber() && !node.isTextual()) {
            throw new IllegalArgumentException("'" + where + "' must be a number");
        }
        return node.asText();
    }
}
