package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year close records a carry-over for each application open at the year's end; a decision entered later but
 * dated within that year contradicts the record, and the report says so instead of absorbing it.
 */
@ServiceOnPostgres
class YearCloseTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("year_close");
    static final String ORGAN = "year-close-office";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void an_open_application_is_carried_over_once_and_a_back_dated_decision_becomes_a_finding() {
        Api api = new Api(port);
        api.sendBatch(batch(
                event("e1", "gongkai.organ.registered", "{\"organ\":\"" + ORGAN + "\",\"name\":\"年终结转测试办公室\"}"),
                received("e2", "OPEN-1", "2024-12-20"),
                received("e3", "DONE-1", "2024-12-01"),
                event("e4", "gongkai.application.decided", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\"DONE-1\","
                        + "\"decidedOn\":\"2024-12-15\",\"outcome\":\"DISCLOSED\"}")));

        JsonNode closed = api.read(api.post("/api/v1/organs/" + ORGAN + "/year-close/2024", "application/json",
                new byte[0]).body());
        JsonNode closedAgain = api.read(api.post("/api/v1/organs/" + ORGAN + "/year-close/2024", "application/json",
                new byte[0]).body());

        assertThat(closed.get("carriedOver")).extracting(JsonNode::asText).containsExactly("OPEN-1");
        assertThat(closedAgain.get("carriedOver")).isEmpty();
        assertThat(closedAgain.get("alreadyRecorded").asInt()).isEqualTo(1);

        JsonNode late = api.sendBatch(batch(event("e5", "gongkai.application.decided", "{\"organ\":\"" + ORGAN
                + "\",\"applicationId\":\"OPEN-1\",\"decidedOn\":\"2024-12-30\",\"outcome\":\"DISCLOSED\"}")));
        JsonNode report = api.reportAtLeastAt(ORGAN, 2024, late.get("position").asLong());

        assertThat(report.at("/applications/CARRIED_OVER_TO_NEXT_YEAR/TOTAL").asLong()).isZero();
        List<JsonNode> figureFindings = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (!f.get("rule").asText().equals("NARRATIVE_SECTION_WRITTEN")) {
                figureFindings.add(f);
            }
        });
        assertThat(figureFindings).hasSize(1);
        JsonNode finding = figureFindings.get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("CARRY_OVER_CONTRADICTED_BY_LATER_DECISION");
        assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.get("message").asText()).contains(ORGAN + "/OPEN-1 办结于 2024-12-30");
        // The as-of report folds the same events itself and judges them by the same rule.
        JsonNode asOf = api.getJson("/api/v1/organs/" + ORGAN + "/reports/2024?asOf="
                + URLEncoder.encode(OffsetDateTime.now().toString(), StandardCharsets.UTF_8));
        assertThat(asOf.get("findings")).isEqualTo(report.get("findings"));
        // The publishable page never shows the findings; the office's preview lists them in Chinese.
        String page = api.get("/api/v1/organs/" + ORGAN + "/reports/2024?format=html").body();
        String preview = api.get("/api/v1/organs/" + ORGAN + "/reports/2024?format=html&preview=true").body();
        assertThat(page).doesNotContain("勾稽关系检查").doesNotContain("办结于");
        assertThat(preview).contains("勾稽关系检查", "【提示】四、结转下年度继续办理 × 自然人：",
                ORGAN + "/OPEN-1 办结于 2024-12-30");
    }

    @Test
    void a_year_that_has_not_ended_cannot_be_closed() {
        Api api = new Api(port);
        api.sendBatch(batch(event("n1", "gongkai.organ.registered",
                "{\"organ\":\"" + ORGAN + "\",\"name\":\"年终结转测试办公室\"}")));

        HttpResponse<String> response = api.post("/api/v1/organs/" + ORGAN + "/year-close/2100", "application/json",
                new byte[0]);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(api.read(response.body()).get("type").asText()).isEqualTo("urn:gongkai:problem:year-not-ended");
    }

    @Test
    void an_organ_nobody_registered_is_not_found_and_an_unreadable_year_is_a_bad_request() {
        Api api = new Api(port);
        api.sendBatch(batch(event("u1", "gongkai.organ.registered",
                "{\"organ\":\"" + ORGAN + "\",\"name\":\"年终结转测试办公室\"}")));

        HttpResponse<String> unknown = api.post("/api/v1/organs/nobody-registered-this/year-close/2024",
                "application/json", new byte[0]);
        HttpResponse<String> tooEarly = api.post("/api/v1/organs/" + ORGAN + "/year-close/1066", "application/json",
                new byte[0]);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.read(unknown.body()).get("type").asText()).isEqualTo("urn:gongkai:problem:unknown-organ");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(api.read(tooEarly.body()).get("type").asText()).isEqualTo("urn:gongkai:problem:invalid-parameter");
    }

    private static String received(String id, String application, String on) {
        return event(id, "gongkai.application.received", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\""
                + application + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"" + on + "\"}");
    }

    private static String event(String id, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/year-close-test\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
