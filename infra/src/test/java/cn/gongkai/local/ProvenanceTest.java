package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every cell of the sample report traces to the items it counts, and they add up to it, cell by cell. */
@ServiceOnPostgres
class ProvenanceTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("provenance");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** An organ of its own, so that its late events change none of the sample's figures. */
    static final String RESTATED_ORGAN = "provenance-restated-office";
    static final String FEE_ORGAN = "provenance-fee-office";

    @LocalServerPort
    int port;

    @Test
    void every_cell_is_the_sum_of_the_items_behind_it() {
        Api api = new Api(port);
        JsonNode report = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR,
                api.sendBatch(JuluSample.events()).get("position").asLong());

        for (JuluSample.Cell cell : JuluSample.expectedCells()) {
            if (cell.row().equals("ADMINISTRATIVE_FEE")) {
                continue;
            }
            JsonNode traced = api.getJson(cellPath(cell.row(), cell.column()));
            long itemCounts = 0;
            for (JsonNode item : traced.get("items")) {
                itemCounts += item.get("count").asLong();
                assertThat(item.get("events")).isNotEmpty();
            }
            assertThat(traced.get("value").asText()).as("%s/%s", cell.row(), cell.column()).isEqualTo(cell.value());
            assertThat(itemCounts).as("items of %s/%s", cell.row(), cell.column()).isEqualTo(traced.get("value").asLong());
            assertThat(traced.get("position").asLong()).isEqualTo(report.get("position").asLong());
        }
    }

    @Test
    void a_cell_names_each_application_and_the_events_that_put_it_there() {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());

        JsonNode partial = api.getJson(cellPath("PARTIALLY_DISCLOSED", "TOTAL"));
        JsonNode inForce = api.getJson(cellPath("NORMATIVE_DOCUMENT", "IN_FORCE"));

        assertThat(partial.get("items")).extracting(item -> item.get("key").asText()).containsExactly(
                JuluSample.ORGAN + "/JL-YSQ-2025-011", JuluSample.ORGAN + "/JL-YSQ-2025-012");
        JsonNode decided = partial.at("/items/0/events/1");
        assertThat(decided.get("type").asText()).isEqualTo("gongkai.application.decided");
        assertThat(decided.get("businessDate").asText()).isEqualTo("2025-10-22");
        assertThat(decided.get("source").asText()).isEqualTo("/julu-county/government-office/disclosure-desk");
        assertThat(decided.get("sourceId").asText()).startsWith("julu-2025-");
        assertThat(inForce.get("items")).hasSize(20);
        assertThat(inForce.at("/items/0/kind").asText()).isEqualTo("openingBalance");
        assertThat(inForce.at("/items/0/count").asLong()).isEqualTo(68);
        assertThat(api.get(cellPath("NO_SUCH_ROW", "TOTAL")).statusCode()).isEqualTo(400);
    }

    @Test
    void every_figure_a_rendering_prints_drills_down_to_the_items_behind_it_section_six_fees_included() {
        Api api = new Api(port);
        long position = api.sendBatch(feeNoticesAndPayment()).get("position").asLong();

        JsonNode report = api.reportAtLeastAt(FEE_ORGAN, 2025, position);

        int figures = 0;
        for (String table : new String[]{"proactive", "applications", "reviewsAndLawsuits"}) {
            for (var row : (Iterable<Map.Entry<String, JsonNode>>) report.get(table)::fields) {
                for (var column : (Iterable<Map.Entry<String, JsonNode>>) row.getValue()::fields) {
                    assertTracesTo(api, row.getKey(), column.getKey(), column.getValue());
                    figures++;
                }
            }
        }
        for (var fee : (Iterable<Map.Entry<String, JsonNode>>) report.get("fees")::fields) {
            assertTracesTo(api, "PROCESSING_FEE", fee.getKey(), fee.getValue());
            figures++;
        }
        assertThat(report.at("/fees/NOTICES").asLong()).isEqualTo(2);
        assertThat(figures).isGreaterThan(200);
        assertThat(report.at("/applications/DISCLOSED/NATURAL_PERSON").asLong()).isEqualTo(1);
        JsonNode notices = api.getJson(cellPath(FEE_ORGAN, "PROCESSING_FEE", "NOTICE_AMOUNT_YUAN"));
        assertThat(notices.get("items")).extracting(item -> item.get("kind").asText() + " " + item.get("key").asText()
                + " " + item.at("/events/0/type").asText()).containsOnly("feeNotice " + FEE_ORGAN
                + "/FEE-1 gongkai.processing-fee.charged");
        assertThat(notices.get("amountYuan").decimalValue()).isEqualByComparingTo("100.50");
    }

    @Test
    void a_cell_that_went_down_names_the_event_that_took_its_item_out() {
        Api api = new Api(port);
        String organ = "'organ':'" + RESTATED_ORGAN + "'";
        api.sendBatch(batch(event("late-0", "gongkai.organ.registered", organ + ",'name':'重述测试办公室'"),
                event("late-1", "gongkai.application.received", organ
                        + ",'applicationId':'JL-LATE-1','applicantType':'NATURAL_PERSON','receivedOn':'2025-12-29'"),
                event("late-2", "gongkai.lawsuit.filed", organ
                        + ",'caseId':'JL-SS-2025-09','filedOn':'2025-12-01','afterReview':false")));
        Instant moment = Instant.now();
        await().until(() -> Instant.now().isAfter(moment));

        api.sendBatch(batch(event("late-3", "gongkai.application.decided", organ
                        + ",'applicationId':'JL-LATE-1','decidedOn':'2025-12-31','outcome':'DISCLOSED'"),
                event("late-4", "gongkai.lawsuit.concluded", organ
                        + ",'caseId':'JL-SS-2025-09','concludedOn':'2025-12-31','result':'UPHELD'")));

        JsonNode restated = api.getJson("/api/v1/organs/" + RESTATED_ORGAN + "/reports/2025/restatements?from="
                + URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8));
        Map<String, String> causes = new LinkedHashMap<>();
        restated.get("cells").forEach(cell -> causes.put(cell.get("row").asText() + "/" + cell.get("column").asText()
                + " " + cell.get("from").asText() + "->" + cell.get("to").asText(),
                String.join(",", cell.get("events").findValuesAsText("sourceId"))));
        assertThat(causes).containsEntry("CARRIED_OVER_TO_NEXT_YEAR/NATURAL_PERSON 1->0", "late-3")
                .containsEntry("CARRIED_OVER_TO_NEXT_YEAR/TOTAL 1->0", "late-3")
                .containsEntry("LAWSUIT_DIRECT/PENDING 1->0", "late-4")
                .containsEntry("LAWSUIT_DIRECT/UPHELD 0->1", "late-4");
        assertThat(causes.values()).allMatch(sources -> !sources.isEmpty());
    }

    /** The cell answer adds up to the printed figure: counts for counts, amounts in yuan for money. */
    private static void assertTracesTo(Api api, String row, String column, JsonNode printed) {
        JsonNode traced = api.getJson(cellPath(FEE_ORGAN, row, column));
        BigDecimal amount = traced.get("amountYuan").isNull() ? BigDecimal.ZERO
                : traced.get("amountYuan").decimalValue();
        if (column.equals("AMOUNT_10K_YUAN")) {
            BigDecimal shown = new BigDecimal(printed.asText());
            assertThat(amount.movePointLeft(4).setScale(shown.scale(), RoundingMode.HALF_UP))
                    .as("%s/%s", row, column).isEqualByComparingTo(shown);
        } else if (column.endsWith("_YUAN")) {
            assertThat(amount).as("%s/%s", row, column).isEqualByComparingTo(printed.asText());
        } else {
            assertThat(traced.get("value").asLong()).as("%s/%s", row, column).isEqualTo(printed.asLong());
        }
    }

    /** An organ of its own with one application, two fee notices, a payment and the decision. */
    private static byte[] feeNoticesAndPayment() {
        String organ = "'organ':'" + FEE_ORGAN + "'";
        String application = organ + ",'applicationId':'FEE-1'";
        return batch(event("fee-0", "gongkai.organ.registered", organ + ",'name':'收费测试办公室'"),
                event("fee-1", "gongkai.application.received", application
                        + ",'applicantType':'NATURAL_PERSON','receivedOn':'2025-10-08'"),
                event("fee-2", "gongkai.processing-fee.charged", application + ",'on':'2025-10-10','amount':'80.00'"),
                event("fee-3", "gongkai.processing-fee.charged", application + ",'on':'2025-10-12','amount':'20.5'"),
                event("fee-4", "gongkai.processing-fee.paid", application + ",'on':'2025-10-15','amount':'20.5'"),
                event("fee-5", "gongkai.application.decided", application
                        + ",'decidedOn':'2025-10-20','outcome':'DISCLOSED'"));
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    private static String event(String id, String type, String data) {
        return "{'specversion':'1.0','id':'" + id + "','source':'/julu-county/fees','type':'" + type + "','data':{"
                + data + "}}";
    }

    private static String cellPath(String row, String column) {
        return cellPath(JuluSample.ORGAN, row, column);
    }

    private static String cellPath(String organ, String row, String column) {
        return "/api/v1/organs/" + organ + "/reports/2025/cells/" + row + "/" + column;
    }
}
