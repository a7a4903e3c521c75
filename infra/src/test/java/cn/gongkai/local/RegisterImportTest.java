package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office without a system of its own imports the register it keeps, over real HTTP to Gongkai on PostgreSQL, with
 * a department credential for its organ: the Julu 2025 applications typed into the blank template give the sample
 * year's applications table, and again nothing; a bureau's 5,000-row register laid out its own way, read through its
 * saved mapping, gives the table the counting rules give; broken rows are named by row and column and an atomic
 * commit appends nothing.
 */
@ServiceOnPostgres
class RegisterImportTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("register_import");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_julu_applications_typed_into_the_template_give_the_sample_years_table_and_again_append_nothing() {
        // given the sample year sent by its system, and the same office's register typed into the blank template
        Api admin = new Api(port);
        long sample = admin.sendBatch(JuluSample.events()).get("position").asLong();
        JsonNode expected = admin.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, sample);
        admin.sendBatch(batch(AccessMatrixTest.organ("julu-register", null)));
        Api clerk = admin.as(AccessMatrixTest.issue(admin, "julu disclosure desk", "DEPARTMENT", "julu-register"));
        byte[] register = JuluRegister.typedIntoTemplate(clerk.getBytes("/api/v1/register-template"));

        // when it is imported: a dry run, a commit, and the same file again
        JsonNode dryRun = clerk.read(importing(clerk, "julu-register", "DRY_RUN", register, XLSX).body());
        HttpResponse<String> commit = importing(clerk, "julu-register", "COMMIT", register, XLSX);
        HttpResponse<String> again = importing(clerk, "julu-register", "COMMIT", register, XLSX);

        // then the applications table is the sample year's, and the second import appended nothing
        assertThat(dryRun.get("rows").asInt()).as(dryRun.toString()).isEqualTo(16);
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.get("events")).hasSize(dryRun.get("appended").asInt());
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        JsonNode committed = clerk.read(commit.body());
        assertThat(committed.get("appended").asInt()).isEqualTo(dryRun.get("appended").asInt());
        JsonNode report = admin.reportAtLeastAt("julu-register", JuluSample.YEAR, committed.get("position").asLong());
        assertThat(report.get("applications")).isEqualTo(expected.get("applications"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode second = clerk.read(again.body());
        assertThat(second.get("appended").asInt()).isZero();
        assertThat(second.get("duplicates").asInt()).isEqualTo(committed.get("appended").asInt());
        assertThat(admin.getJson("/api/v1/operations").findValuesAsText("id"))
                .anyMatch(id -> id.startsWith("register-import-julu-register"));
        // the desk follows its own import's progress; another organ's import is not found under this organ
        String progress = "/api/v1/organs/julu-register/register-imports/" + committed.get("operation").asText();
        JsonNode followed = clerk.read(clerk.get(progress).body());
        assertThat(followed.get("state").asText()).isEqualTo("DONE");
        assertThat(followed.get("done").asLong()).isEqualTo(followed.get("total").asLong());
        assertThat(clerk.get("/api/v1/organs/julu-register/register-imports/projection-rebuild-1").statusCode())
                .isEqualTo(404);
        // and the same facts sent as a department's system would send them are duplicates too: one content digest
        com.fasterxml.jackson.databind.node.ArrayNode resent = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        dryRun.get("events").forEach(event -> resent.addObject().put("specversion", "1.0")
                .put("id", event.get("id").asText()).put("source", event.get("source").asText())
                .put("type", event.get("type").asText()).set("data", event.get("data")));
        JsonNode overRest = admin.read(admin.post("/api/v1/events", "application/cloudevents-batch+json",
                resent.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).body());
        assertThat(overRest.findValuesAsText("status")).hasSize(resent.size()).containsOnly("DUPLICATE");
    }

    @Test
    void a_generated_register_of_5000_rows_in_its_own_layout_read_through_its_saved_mapping_gives_the_oracles_table() {
        // given a bureau's register laid out its own way, and the mapping it saved
        Api admin = new Api(port);
        admin.sendBatch(batch(AccessMatrixTest.organ("bureau-5000", null)));
        Api clerk = admin.as(AccessMatrixTest.issue(admin, "bureau desk", "DEPARTMENT", "bureau-5000"));
        GeneratedRegister generated = GeneratedRegister.generate(5000, 42);
        HttpResponse<String> saved = clerk.send("PUT", "/api/v1/organs/bureau-5000/register-mappings/own-layout",
                "application/json", GeneratedRegister.MAPPING.getBytes(StandardCharsets.UTF_8));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        // when it is committed through the mapping
        long started = System.nanoTime();
        HttpResponse<String> commit = clerk.post("/api/v1/organs/bureau-5000/register-imports?mode=COMMIT"
                + "&mapping=own-layout", XLSX, generated.xlsx());
        double seconds = (System.nanoTime() - started) / 1e9;

        // then its table 三 is the oracle's, cell by cell
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        JsonNode committed = clerk.read(commit.body());
        assertThat(committed.get("rows").asInt()).isEqualTo(5000);
        assertThat(committed.get("rowsAccepted").asInt()).isEqualTo(5000);
        JsonNode report = admin.reportAtLeastAt("bureau-5000", GeneratedRegister.YEAR,
                committed.get("position").asLong());
        assertTableIs(report.get("applications"), generated.oracle());
        System.out.printf("Register import: 5000 rows, %d events committed in %.2f s: %.0f rows/s%n",
                committed.get("appended").asInt(), seconds, 5000 / seconds);
    }

    @Test
    void fifty_broken_rows_are_fifty_problems_naming_row_and_column_and_an_atomic_commit_appends_nothing()
            throws IOException {
        // given the same register with 50 rows broken, one cell each
        Api admin = new Api(port);
        admin.sendBatch(batch(AccessMatrixTest.organ("bureau-broken", null)));
        Api clerk = admin.as(AccessMatrixTest.issue(admin, "broken desk", "DEPARTMENT", "bureau-broken"));
        clerk.send("PUT", "/api/v1/organs/bureau-broken/register-mappings/own-layout", "application/json",
                GeneratedRegister.MAPPING.getBytes(StandardCharsets.UTF_8));
        List<GeneratedRegister.Break> breaks = new ArrayList<>();
        byte[] register = GeneratedRegister.generate(5000, 42).xlsxWithBreaks(50, breaks);
        String path = "/api/v1/organs/bureau-broken/register-imports?mapping=own-layout&mode=";

        // when it is committed atomically, and dry-run for the marked register
        HttpResponse<String> commit = clerk.post(path + "COMMIT", XLSX, register);
        byte[] marked = clerk.postForBytes(path + "DRY_RUN", XLSX, register, XLSX);
        long head = admin.sendBatch(batch(AccessMatrixTest.organ("bureau-broken-annex", null)))
                .get("position").asLong();

        // then 50 problems, each naming its row and column; nothing appended; each bad cell marked in the workbook
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(422);
        JsonNode problem = clerk.read(commit.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:gongkai:problem:register-refused");
        JsonNode problems = problem.get("problems");
        assertThat(problems).hasSize(50);
        Set<GeneratedRegister.Break> named = new HashSet<>();
        problems.forEach(p -> {
            named.add(new GeneratedRegister.Break(p.get("row").asInt(), p.get("column").asText()));
            assertThat(p.get("message").asText()).startsWith("第" + p.get("row").asInt() + "行"
                    + p.get("column").asText() + "列");
        });
        assertThat(named).containsExactlyInAnyOrderElementsOf(breaks);
        assertThat(problems.findValuesAsText("rule")).contains("BAD_DATE", "UNKNOWN_OUTCOME", "DECIDED_BEFORE_RECEIPT",
                "NO_CORRECTION_WITHOUT_NOTICE", "UNKNOWN_APPLICANT_TYPE");
        JsonNode report = admin.reportAtLeastAt("bureau-broken", GeneratedRegister.YEAR, head);
        assertThat(report.at("/applications/RECEIVED/TOTAL").asLong()).isZero();
        assertThat(report.at("/applications/CARRIED_OVER_TO_NEXT_YEAR/TOTAL").asLong()).isZero();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (GeneratedRegister.Break broken : breaks) {
                Cell cell = sheet.getRow(broken.row() - 1).getCell(CellReference.convertColStringToIndex(
                        broken.column()));
                Comment comment = cell.getCellComment();
                assertThat(comment).as("comment on %s%d", broken.column(), broken.row()).isNotNull();
                assertThat(comment.getString().getString()).contains("第" + broken.row() + "行");
                assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            }
        }
    }

    @Test
    void good_rows_only_appends_the_rows_without_problems_and_a_changed_cell_is_a_conflict_naming_its_column() {
        // given a register imported once
        Api admin = new Api(port);
        admin.sendBatch(batch(AccessMatrixTest.organ("bureau-small", null)));
        Api clerk = admin.as(AccessMatrixTest.issue(admin, "small desk", "DEPARTMENT", "bureau-small"));
        String first = "编号,申请人类型,申请人,收到申请日期,答复日期,办理结果\n"
                + "S-1,自然人,张三,2025-03-03,2025-03-20,予以公开\n"
                + "S-2,企业,某公司,2025/3/4,2025年3月30日,不予公开—属于国家秘密\n"
                + "S-3,外星人,,2025-03-05,,\n";
        HttpResponse<String> goodRows = clerk.post("/api/v1/organs/bureau-small/register-imports?mode=GOOD_ROWS",
                "text/csv", first.getBytes(StandardCharsets.UTF_8));

        // when the register comes back with one outcome changed
        String changed = first.replace("2025-03-20,予以公开", "2025-03-20,部分公开");
        HttpResponse<String> conflict = clerk.post("/api/v1/organs/bureau-small/register-imports?mode=COMMIT",
                "text/csv", changed.replace("S-3,外星人", "S-3,自然人").getBytes(StandardCharsets.UTF_8));

        // then the good rows were appended, and the changed cell is a conflict naming the decision's column
        assertThat(goodRows.statusCode()).as(goodRows.body()).isEqualTo(200);
        JsonNode appended = clerk.read(goodRows.body());
        assertThat(appended.get("rowsAccepted").asInt()).isEqualTo(2);
        assertThat(appended.get("appended").asInt()).isEqualTo(4);
        assertThat(appended.at("/problems/0/row").asInt()).isEqualTo(4);
        assertThat(appended.at("/problems/0/column").asText()).isEqualTo("B");
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        JsonNode problems = clerk.read(conflict.body()).get("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.at("/0/row").asInt()).isEqualTo(2);
        assertThat(problems.at("/0/column").asText()).isEqualTo("E");
        assertThat(problems.at("/0/conflict").asBoolean()).isTrue();
        assertThat(problems.at("/0/message").asText()).contains("第2行E列", "矛盾");
    }

    @Test
    void a_file_that_is_no_register_and_a_credential_for_another_organ_are_refused_as_problems() {
        Api admin = new Api(port);
        admin.sendBatch(batch(AccessMatrixTest.organ("bureau-mine", null), AccessMatrixTest.organ("bureau-theirs",
                null)));
        Api clerk = admin.as(AccessMatrixTest.issue(admin, "mine desk", "DEPARTMENT", "bureau-mine"));

        HttpResponse<String> noHeadings = clerk.post("/api/v1/organs/bureau-mine/register-imports", "text/csv",
                "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> notAWorkbook = clerk.post("/api/v1/organs/bureau-mine/register-imports", XLSX,
                "not a zip".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> theirs = clerk.post("/api/v1/organs/bureau-theirs/register-imports", "text/csv",
                "编号\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknownMapping = clerk.post("/api/v1/organs/bureau-mine/register-imports?mapping=none",
                "text/csv", "编号\n".getBytes(StandardCharsets.UTF_8));

        assertThat(noHeadings.statusCode()).isEqualTo(422);
        assertThat(clerk.read(noHeadings.body()).get("type").asText())
                .isEqualTo("urn:gongkai:problem:unreadable-register");
        assertThat(notAWorkbook.statusCode()).isEqualTo(422);
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(unknownMapping.statusCode()).isEqualTo(404);
        assertThat(clerk.read(unknownMapping.body()).get("type").asText())
                .isEqualTo("urn:gongkai:problem:unknown-register-mapping");
    }

    private static HttpResponse<String> importing(Api clerk, String organ, String mode, byte[] register,
                                                  String contentType) {
        return clerk.post("/api/v1/organs/" + organ + "/register-imports?mode=" + mode, contentType, register);
    }

    private static void assertTableIs(JsonNode applications, Map<String, Map<String, Long>> oracle) {
        List<String> wrong = new ArrayList<>();
        applications.fields().forEachRemaining(row -> row.getValue().fields().forEachRemaining(column -> {
            long expected = oracle.getOrDefault(row.getKey(), Map.of()).getOrDefault(column.getKey(), 0L);
            if (column.getValue().asLong() != expected) {
                wrong.add(row.getKey() + "/" + column.getKey() + ": " + column.getValue() + ", expected " + expected);
            }
        }));
        assertThat(wrong).as("cells of table 三 that differ from the oracle's").isEmpty();
        assertThat(applications.at("/RECEIVED/TOTAL").asLong()).isPositive();
        assertThat(applications.at("/CARRIED_OVER_FROM_LAST_YEAR/TOTAL").asLong()).isPositive();
        assertThat(applications.at("/CARRIED_OVER_TO_NEXT_YEAR/TOTAL").asLong()).isPositive();
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }

    /** The Julu sample's applications as a clerk types them into the blank template, one row each. */
    static final class JuluRegister {

        private static final Map<String, String> APPLICANT_TYPES = Map.of("NATURAL_PERSON", "自然人",
                "COMMERCIAL_ENTERPRISE", "商业企业", "LEGAL_SERVICE_INSTITUTION", "法律服务机构");
        private static final Map<String, String> CHANNELS = Map.of("ONLINE", "网络", "POST_SIGNED", "邮寄",
                "IN_PERSON", "当面", "POST_ORDINARY", "平信");
        private static final Map<String, String> OUTCOMES = Map.of("DISCLOSED", "予以公开", "PARTIALLY_DISCLOSED",
                "部分公开", "NOT_PROCESSED_REPEATED", "不予处理—重复申请");
        /** The template's headings, by the sample's event type and field they hold. */
        private static final Map<String, String> HEADINGS = Map.ofEntries(
                Map.entry("received.applicantType", "申请人类型"), Map.entry("received.receivedOn", "收到申请日期"),
                Map.entry("received.channel", "申请方式"), Map.entry("correction-requested.requestedOn", "补正通知日期"),
                Map.entry("corrected.correctedOn", "补正日期"), Map.entry("extended.extendedOn", "延期日期"),
                Map.entry("extended.workingDays", "延期工作日"), Map.entry("consultation-started.on", "征求意见日期"),
                Map.entry("consultation-ended.on", "征求意见结束日期"), Map.entry("decided.decidedOn", "答复日期"),
                Map.entry("decided.outcome", "办理结果"));

        private JuluRegister() {
        }

        static byte[] typedIntoTemplate(byte[] template) {
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            JsonNode events = read(JuluSample.events());
            for (JsonNode event : events) {
                String type = event.get("type").asText();
                if (!type.startsWith("gongkai.application.")) {
                    continue;
                }
                String kind = type.substring("gongkai.application.".length());
                JsonNode data = event.get("data");
                Map<String, String> row = rows.computeIfAbsent(data.get("applicationId").asText(),
                        id -> new LinkedHashMap<>(Map.of("编号", id)));
                data.fields().forEachRemaining(field -> {
                    String heading = HEADINGS.get(kind + "." + field.getKey());
                    if (heading != null) {
                        row.put(heading, typed(field.getKey(), field.getValue().asText()));
                    }
                });
            }
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                Sheet sheet = workbook.getSheet("台账");
                Row headings = sheet.getRow(0);
                int next = sheet.getLastRowNum() + 1;
                for (Map<String, String> values : rows.values()) {
                    Row row = sheet.createRow(next++);
                    for (Cell heading : headings) {
                        String value = values.get(heading.getStringCellValue());
                        if (value != null) {
                            type(sheet, row, heading.getColumnIndex(), value);
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static JsonNode read(byte[] json) {
            try {
                return new ObjectMapper().readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String typed(String field, String value) {
            return switch (field) {
                case "applicantType" -> APPLICANT_TYPES.get(value);
                case "channel" -> CHANNELS.get(value);
                case "outcome" -> OUTCOMES.get(value);
                default -> value;
            };
        }

        /** A date typed into a date column is a date cell in the column's format, as Excel makes it. */
        private static void type(Sheet sheet, Row row, int column, String value) {
            Cell cell = row.createCell(column);
            if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                cell.setCellValue(LocalDate.parse(value));
                cell.setCellStyle(sheet.getColumnStyle(column));
            } else {
                cell.setCellValue(value);
            }
        }
    }
}
