package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample year's report in every format is pinned by a golden file; a rendering that changes fails here. Run
 * with {@code -Dgolden.update=true} to rewrite them on purpose (the JSON leaves out the digest, which depends on
 * event identifiers and recorded times).
 */
@ServiceOnPostgres
class RenderingGoldenTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("golden");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_sample_year_renders_as_its_golden_files_in_every_format() throws IOException {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());
        String base = "/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=";

        ObjectNode json = (ObjectNode) api.getJson(base + "json");
        json.remove("digest");
        HttpResponse<String> html = api.get(base + "html");

        compare("julu-2025.json", json.toPrettyString() + "\n");
        compare("julu-2025.html", html.body());
        compare("julu-2025.txt", api.get(base + "txt").body());
        compare("julu-2025.csv", api.get(base + "csv").body());
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("巨鹿县人民政府办公室<br>2025年政府信息公开工作年度报告",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "@page{size:A4");
        compare("julu-2025.xlsx.txt", cellsOf(api.getBytes(base + "xlsx")));
        // The sample's overview in its five sub-topics, the table-四 note, and the opening paragraph, in every rendering
        // (the workbook's and the CSV's prose as its cells hold it).
        Map<String, String> prose = Map.of("html", html.body(), "txt", api.get(base + "txt").body(),
                "csv", api.get(base + "csv").body(), "xlsx", cellsOf(api.getBytes(base + "xlsx")));
        prose.forEach((format, body) -> assertThat(body).as(format).contains("（一）主动公开", "（二）依申请公开",
                "（三）政府信息管理", "（四）平台建设", "（五）监督保障", "注：本表统计口径为",
                "统计期限为2025年1月1日至12月31日"));
        assertThat(api.get(base + "pdf").statusCode()).isEqualTo(400);
    }

    /** Every cell of every sheet (sheet, address, value) and every merged region, read back with POI. */
    private static String cellsOf(byte[] xlsx) throws IOException {
        StringBuilder dump = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                dump.append("sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        dump.append(cell.getAddress()).append('=').append(formatter.formatCellValue(cell)).append('\n');
                    }
                }
                sheet.getMergedRegions().forEach(r -> dump.append("merged ").append(r.formatAsString()).append('\n'));
            }
        }
        return dump.toString();
    }

    private static void compare(String file, String rendered) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (write it with -Dgolden.update=true)", file).exists();
        assertThat(rendered).as(file).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
