package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linter judges any report handed to it: the Julu report as published (as JSON, or its web page's text as it is)
 * names its two wrong 总计 cells, in Chinese; Gongkai's own renderings read back to the report's figures.
 */
@ServiceOnPostgres
class LintTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("lint");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_julu_report_as_published_has_exactly_its_two_wrong_total_cells() throws IOException {
        Api api = new Api(port);

        JsonNode result = lint(api, "application/json", published());

        assertExactlyTheTwoWrongTotals(result);
    }

    @Test
    void a_narrative_figure_that_contradicts_the_table_is_a_warning() throws IOException {
        Api api = new Api(port);
        String contradicted = new String(published(), StandardCharsets.UTF_8).replace("申请16件", "申请15件");

        JsonNode result = lint(api, "application/json", contradicted.getBytes(StandardCharsets.UTF_8));

        assertThat(result.get("warnings").asInt()).isEqualTo(1);
        assertThat(result.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("NARRATIVE_FIGURE_EQUALS_TABLE");
            assertThat(f.get("expected").asLong()).isEqualTo(16);
            assertThat(f.get("actual").asLong()).isEqualTo(15);
        });
    }

    @Test
    void gongkais_own_csv_rendering_lints_clean_and_a_bad_cell_is_named() {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());
        String csv = api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=csv").body();

        JsonNode clean = lint(api, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bad = api.post("/api/v1/reports/lint", "text/csv",
                "applications,RECEIVED,NATURAL_PERSON,x,thirteen".getBytes(StandardCharsets.UTF_8));

        assertThat(clean.get("findings")).isEmpty();
        // The printed text (title, opening paragraph, the note under 四) is skipped; the office's prose is read back.
        assertThat(csv).contains("text,OPENING,TEXT,导语,根据《中华人民共和国政府信息公开条例》", "text,CASES_NOTE");
        assertThat(clean.at("/read/narrative/OVERVIEW").asText()).contains("（五）监督保障");
        assertThat(clean.at("/read/narrative/OTHER_MATTERS").asText()).isNotEmpty();
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(api.read(bad.body()).get("detail").asText()).contains("applications/RECEIVED/NATURAL_PERSON");
    }

    @Test
    void given_the_julu_report_copied_from_its_web_page_when_linted_then_exactly_its_two_wrong_totals_in_chinese()
            throws IOException {
        Api api = new Api(port);

        JsonNode result = lint(api, "text/plain; charset=UTF-8", resource("/published/julu-county-2025-annual-report.txt"));

        assertExactlyTheTwoWrongTotals(result);
        JsonNode partly = result.at("/findings/0");
        assertThat(partly.get("rowLabel").asText()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(partly.get("columnLabel").asText()).isEqualTo("总计");
        assertThat(partly.get("message").asText()).contains("总计应等于各类申请人之和");
        assertThat(result.at("/findings/1/rowLabel").asText()).isEqualTo("（五）不予处理 2.重复申请");

        assertThat(result.get("format").asText()).isEqualTo("2021");
        JsonNode read = result.get("read");
        assertThat(read.get("format").asText()).startsWith("text, 2021 national format");
        assertThat(read.get("proactive2019").isNull()).isTrue();
        assertThat(read.get("organName").asText()).isEqualTo("巨鹿县人民政府办公室");
        assertThat(read.get("year").asInt()).isEqualTo(2025);
        assertThat(read.at("/proactive/NORMATIVE_DOCUMENT/IN_FORCE").asLong()).isEqualTo(87);
        assertThat(read.at("/narrative/OTHER_MATTERS").asText()).isEqualTo("2025年县政府办公室未收取信息处理费。");
        for (JuluSample.Cell cell : JuluSample.expectedCells()) {
            String figure = read.at("/" + cell.table() + "/" + cell.row() + "/" + cell.column()).asText();
            boolean putRight = cell.column().equals("TOTAL")
                    && List.of("PARTIALLY_DISCLOSED", "NOT_PROCESSED_REPEATED").contains(cell.row());
            assertThat(figure).as("%s %s / %s", cell.table(), cell.row(), cell.column())
                    .isEqualTo(putRight ? "0" : cell.value());
        }
    }

    @Test
    void given_a_report_in_the_2019_format_when_linted_then_it_says_2019_and_finds_its_one_wrong_total()
            throws IOException {
        Api api = new Api(port);

        byte[] text = resource("/published/liuxi-town-2020-annual-report-2019-format.txt");

        JsonNode result = lint(api, "text/plain; charset=UTF-8", text);
        JsonNode fromPage = lint(api, "text/html; charset=UTF-8",
                asPage(new String(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

        assertThat(result.get("format").asText()).isEqualTo("2019");
        assertThat(result.get("errors").asInt()).isEqualTo(1);
        assertThat(result.get("warnings").asInt()).isZero();
        JsonNode other = result.at("/findings/0");
        assertThat(other.get("rule").asText()).isEqualTo("ROW_TOTAL_IS_SUM_OF_APPLICANT_COLUMNS");
        assertThat(other.get("row").asText() + "/" + other.get("column").asText() + " expected "
                + other.get("expected").asLong() + " actual " + other.get("actual").asLong())
                .isEqualTo("OTHER/TOTAL expected 1 actual 2");
        assertThat(other.get("rowLabel").asText()).isEqualTo("（六）其他处理");
        assertThat(other.get("message").asText()).isEqualTo("（六）其他处理：总计应等于各类申请人之和");
        JsonNode read = result.get("read");
        assertThat(read.get("format").asText()).isEqualTo("text, 2019 national format (国办公开办函〔2019〕60号)");
        assertThat(read.get("organName").asText()).isEqualTo("青禾县柳溪镇人民政府");
        assertThat(read.get("year").asInt()).isEqualTo(2020);
        assertThat(read.at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(5);
        assertThat(read.at("/applications/PARTIALLY_DISCLOSED/LEGAL_SERVICE_INSTITUTION").asLong()).isEqualTo(1);
        assertThat(read.at("/applications/UNAVAILABLE_NOT_HELD/NATURAL_PERSON").asLong()).isEqualTo(1);
        assertThat(read.at("/applications/OTHER/NATURAL_PERSON").asLong()).isEqualTo(1);
        assertThat(read.at("/applications/OTHER_NO_CORRECTION/TOTAL").asLong()).isZero();
        assertThat(read.at("/applications/RESULT_TOTAL/TOTAL").asLong()).isEqualTo(6);
        assertThat(read.at("/reviewsAndLawsuits/REVIEW/UPHELD").asLong()).isEqualTo(1);
        assertThat(read.at("/reviewsAndLawsuits/REVIEW/TOTAL").asLong()).isEqualTo(1);
        assertThat(read.get("proactive").isNull()).isTrue();
        assertThat(read.at("/proactive2019/NORMATIVE_DOCUMENT/PUBLIC_TOTAL").asText()).isEqualTo("12");
        assertThat(read.at("/proactive2019/OTHER_SERVICE_ITEMS/CHANGE").asText()).isEqualTo("-3");
        assertThat(read.at("/proactive2019/CENTRALIZED_PROCUREMENT/AMOUNT").asText()).isEqualTo("86.5200万元");
        assertThat(read.at("/narrative/OTHER_MATTERS").asText()).isEqualTo("本年度未收取信息处理费。");
        assertThat(fromPage.get("format").asText()).isEqualTo("2019");
        assertThat(fromPage.at("/read/format").asText()).startsWith("html, 2019 national format");
        assertThat(fromPage.get("findings")).isEqualTo(result.get("findings"));
        for (String table : List.of("applications", "reviewsAndLawsuits", "proactive2019", "narrative")) {
            assertThat(fromPage.at("/read/" + table)).as(table).isEqualTo(read.get(table));
        }
    }

    /** A report's copied text (cells after tabs, rows apart by empty lines) as a portal's page: paragraphs, tables. */
    private static String asPage(String text) {
        StringBuilder page = new StringBuilder("<html><body>");
        boolean inTable = false;
        boolean inRow = false;
        for (String line : text.split("\n", -1)) {
            boolean cell = line.startsWith("\t");
            if (inRow && !cell) {
                page.append("</tr>");
                inRow = false;
            }
            if (inTable && !cell && !line.isEmpty()) {
                page.append("</table>");
                inTable = false;
            }
            if (cell) {
                page.append(inTable ? "" : "<table>").append(inRow ? "" : "<tr>");
                page.append("<td>").append(line.substring(1)).append("</td>");
                inTable = true;
                inRow = true;
            } else if (!line.isEmpty()) {
                page.append("<p>").append(line).append("</p>");
            }
        }
        return page.append(inRow ? "</tr>" : "").append(inTable ? "</table>" : "").append("</body></html>").toString();
    }

    @Test
    void given_a_report_mixing_the_2021_and_2019_labels_when_linted_then_it_is_refused() throws IOException {
        Api api = new Api(port);
        String mixed = new String(resource("/published/julu-county-2025-annual-report.txt"), StandardCharsets.UTF_8)
                .replace("\t行政许可\n", "\t政府集中采购\n");

        HttpResponse<String> response = api.post("/api/v1/reports/lint", "text/plain; charset=UTF-8",
                mixed.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(api.read(response.body()).get("detail").asText()).contains("国办公开办函〔2019〕60号");
    }

    @Test
    void given_gongkais_own_txt_xlsx_html_and_docx_renderings_when_linted_then_they_read_back_the_reports_figures() {
        Api api = new Api(port);
        long position = api.sendBatch(JuluSample.events()).get("position").asLong();
        JsonNode report = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, position);
        String text = api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=txt").body();
        byte[] workbook = api.getBytes("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=xlsx");
        String page = api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=html").body();
        byte[] document = api.getBytes("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=docx");

        JsonNode fromText = lint(api, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        JsonNode fromWorkbook = lint(api, XLSX, workbook);
        JsonNode fromPage = lint(api, "text/html; charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
        JsonNode fromDocument = lint(api, DOCX, document);

        for (JsonNode result : List.of(fromText, fromWorkbook, fromPage, fromDocument)) {
            assertThat(result.get("findings")).as(result.at("/read/format").asText()).isEmpty();
            assertThat(result.get("format").asText()).isEqualTo("2021");
            for (String table : List.of("proactive", "applications", "reviewsAndLawsuits")) {
                assertThat(result.at("/read/" + table)).as(table).isEqualTo(report.get(table));
            }
        }
        assertThat(fromText.at("/read/year").asInt()).isEqualTo(JuluSample.YEAR);
        assertThat(fromWorkbook.at("/read/format").asText()).startsWith("xlsx");
        assertThat(fromWorkbook.at("/read/organName").asText()).isEqualTo("巨鹿县人民政府办公室");
        assertThat(fromWorkbook.at("/read/year").asInt()).isEqualTo(JuluSample.YEAR);
        assertThat(fromPage.at("/read/organName").asText()).isEqualTo("巨鹿县人民政府办公室");
        assertThat(fromPage.at("/read/year").asInt()).isEqualTo(JuluSample.YEAR);
        assertThat(fromDocument.at("/read/organName").asText()).isEqualTo("巨鹿县人民政府办公室");
    }

    @Test
    void given_a_blank_total_or_an_unwritten_section_when_linted_then_they_are_named_and_a_text_without_table_three_is_refused()
            throws IOException {
        Api api = new Api(port);
        String published = new String(resource("/published/julu-county-2025-annual-report.txt"),
                StandardCharsets.UTF_8);
        // The 总计 of row 一 (16), the first line after the row's six applicant figures, left blank.
        String blanked = published.replaceFirst("(一、本年新收政府信息公开申请数量\n\t13\n\t1\n\t0\n\t0\n\t2\n\t0\n)\t16",
                "$1\t");

        JsonNode result = lint(api, "text/plain; charset=UTF-8", blanked.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> notAReport = api.post("/api/v1/reports/lint", "text/plain; charset=UTF-8",
                "巨鹿县人民政府办公室\n一、总体情况\n没有表格。".getBytes(StandardCharsets.UTF_8));

        assertThat(blanked).isNotEqualTo(published);
        assertThat(result.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("BLANK_CELL");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("row").asText() + "/" + f.get("column").asText()).isEqualTo("RECEIVED/TOTAL");
        });
        String withoutFive = published.replaceFirst("(五、存在的主要问题及改进情况\\n)[^六]*", "$1");
        JsonNode unwritten = lint(api, "text/plain; charset=UTF-8", withoutFive.getBytes(StandardCharsets.UTF_8));
        assertThat(unwritten.get("findings")).filteredOn(f -> f.get("rule").asText().equals("NARRATIVE_SECTION_WRITTEN"))
                .extracting(f -> f.get("row").asText()).containsExactly("PROBLEMS_AND_IMPROVEMENTS");
        assertThat(notAReport.statusCode()).isEqualTo(400);
        assertThat(api.read(notAReport.body()).get("detail").asText()).contains("三、收到和处理政府信息公开申请情况");
    }

    @Test
    void given_a_zip_of_reports_when_linted_then_one_result_per_file_and_an_unreadable_file_says_why()
            throws IOException {
        Api api = new Api(port);
        long position = api.sendBatch(JuluSample.events()).get("position").asLong();
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, position);
        String page = api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=html").body();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream files = new ZipOutputStream(zip)) {
            files.putNextEntry(new ZipEntry("julu/2025-as-published.txt"));
            files.write(resource("/published/julu-county-2025-annual-report.txt"));
            files.putNextEntry(new ZipEntry("julu/2025-gongkai.html"));
            files.write(page.getBytes(StandardCharsets.UTF_8));
            files.putNextEntry(new ZipEntry("scan.pdf"));
            files.write("%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> response = api.post("/api/v1/reports/lint", "application/zip", zip.toByteArray());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = api.read(response.body());
        assertThat(results).extracting(r -> r.get("file").asText())
                .containsExactly("julu/2025-as-published.txt", "julu/2025-gongkai.html", "scan.pdf");
        assertExactlyTheTwoWrongTotals(results.get(0).get("result"));
        assertThat(results.get(1).at("/result/findings")).isEmpty();
        assertThat(results.get(2).get("result").isNull()).isTrue();
        assertThat(results.get(2).get("error").asText()).contains(".txt, .html");
    }

    @Test
    void given_several_reports_uploaded_in_one_form_when_linted_then_one_result_per_file_a_zip_standing_for_its_files()
            throws IOException {
        Api api = new Api(port);
        long position = api.sendBatch(JuluSample.events()).get("position").asLong();
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, position);
        byte[] csv = api.getBytes("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=csv");
        byte[] docx = api.getBytes("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=docx");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream files = new ZipOutputStream(zip)) {
            files.putNextEntry(new ZipEntry("2025.docx"));
            files.write(docx);
        }
        String boundary = "gongkai-" + System.nanoTime();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        part(form, boundary, "巨鹿县2025年报.txt", "text/plain", resource("/published/julu-county-2025-annual-report.txt"));
        part(form, boundary, "julu-2025.csv", "text/csv", csv);
        part(form, boundary, "township.zip", "application/zip", zip.toByteArray());
        part(form, boundary, "scan.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        form.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = api.post("/api/v1/reports/lint", "multipart/form-data; boundary=" + boundary,
                form.toByteArray());
        HttpResponse<String> none = api.post("/api/v1/reports/lint", "multipart/form-data; boundary=" + boundary,
                ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = api.read(response.body());
        assertThat(results).extracting(r -> r.get("file").asText())
                .containsExactly("巨鹿县2025年报.txt", "julu-2025.csv", "township.zip/2025.docx", "scan.pdf");
        assertExactlyTheTwoWrongTotals(results.get(0).get("result"));
        assertThat(results.get(1).at("/result/findings")).isEmpty();
        assertThat(results.get(2).at("/result/read/organName").asText()).isEqualTo("巨鹿县人民政府办公室");
        assertThat(results.get(2).at("/result/findings")).isEmpty();
        assertThat(results.get(3).get("error").asText()).contains(".txt, .html");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(api.read(none.body()).get("detail").asText()).contains("'file'");
    }

    private static void part(ByteArrayOutputStream form, String boundary, String fileName, String type, byte[] content)
            throws IOException {
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(content);
        form.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void given_the_sample_as_docx_when_opened_with_poi_then_its_tables_have_the_national_cells_and_merges()
            throws IOException {
        Api api = new Api(port);
        long position = api.sendBatch(JuluSample.events()).get("position").asLong();
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, position);

        byte[] docx = api.getBytes("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=docx");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("2025年政府信息公开工作年度报告");
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("方正小标宋简体");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anySatisfy(text -> assertThat(text).startsWith("根据《中华人民共和国政府信息公开条例》"))
                    .anySatisfy(text -> assertThat(text).startsWith("（五）监督保障"))
                    .anySatisfy(text -> assertThat(text).startsWith("注：本表统计口径为"));
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            // 三: three header rows and 25 rows; every row covers the ten grid columns.
            XWPFTable applications = tables.get(1);
            assertThat(applications.getRows()).hasSize(28);
            for (XWPFTableRow row : applications.getRows()) {
                assertThat(row.getTableCells().stream().mapToInt(LintTest::gridSpan).sum()).isEqualTo(10);
            }
            XWPFTableCell note = applications.getRow(0).getCell(0);
            assertThat(note.getText()).startsWith("（本列数据的勾稽关系为");
            assertThat(gridSpan(note)).isEqualTo(3);
            assertThat(note.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(applications.getRow(4).getCell(0).getText()).isEqualTo("二、上年结转政府信息公开申请数量");
            XWPFTableCell results = applications.getRow(5).getCell(0);
            assertThat(results.getText()).isEqualTo("三、本年度办理结果");
            assertThat(applications.getRow(26).getCell(0).getCTTc().getTcPr().getVMerge().getVal())
                    .as("（七）总计 still under 三、本年度办理结果").isEqualTo(STMerge.CONTINUE);
            // 四: the fifteen figures under three header rows.
            XWPFTable cases = tables.get(2);
            assertThat(cases.getRows()).hasSize(4);
            assertThat(cases.getRow(3).getTableCells()).hasSize(15);
            assertThat(cases.getRow(3).getCell(4).getText()).isEqualTo("1");
        }
    }

    private static int gridSpan(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        return properties == null || !properties.isSetGridSpan() ? 1 : properties.getGridSpan().getVal().intValue();
    }

    /** The published Julu report's two 总计 cells that break their rows, and nothing else. */
    private static void assertExactlyTheTwoWrongTotals(JsonNode result) {
        assertThat(result.get("errors").asInt()).isEqualTo(2);
        assertThat(result.get("warnings").asInt()).isZero();
        assertThat(result.get("findings")).extracting(f -> f.get("row").asText() + "/" + f.get("column").asText()
                + " expected " + f.get("expected").asLong() + " actual " + f.get("actual").asLong())
                .containsExactly("PARTIALLY_DISCLOSED/TOTAL expected 2 actual 0",
                        "NOT_PROCESSED_REPEATED/TOTAL expected 1 actual 0");
    }

    private static JsonNode lint(Api api, String type, byte[] body) {
        HttpResponse<String> response = api.post("/api/v1/reports/lint", type, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.read(response.body());
    }

    private static byte[] published() throws IOException {
        return resource("/samples/julu-2025-as-published.json");
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LintTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
