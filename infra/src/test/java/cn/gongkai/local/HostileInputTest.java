package cn.gongkai.local;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over two thousand generated bad inputs, sent over HTTP by the organ's own department: each is answered with
 * RFC 9457 problem details naming the cause, and afterwards every table of the store and of the projections holds
 * exactly what it held before, the report's digest is unchanged, and the log holds no ERROR and no stack trace.
 */
@ServiceOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("hostile_input");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void every_bad_input_is_refused_with_problem_details_and_changes_nothing(CapturedOutput log) {
        Api admin = new Api(port);
        long position = 0;
        for (byte[] batch : HostileInputs.setUp()) {
            position = admin.sendBatch(batch).get("position").asLong();
        }
        Api department = admin.as(AccessMatrixTest.issue(admin, "hostile department", "DEPARTMENT",
                HostileInputs.ORGAN));
        JsonNode before = admin.reportAtLeastAt(HostileInputs.ORGAN, 2025, position);
        Map<String, Long> rowsBefore = rowCounts();
        List<HostileInputs.Hostile> inputs = new HostileInputs(BusinessTime.today(clock)).all();

        int logBefore = log.getAll().length();
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (HostileInputs.Hostile input : inputs) {
            HttpResponse<String> answer = department.post("/api/v1/events", input.contentType(), input.body());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            problemOf(input, answer).ifPresent(wrong::add);
        }
        JsonNode after = admin.getJson("/api/v1/organs/" + HostileInputs.ORGAN + "/reports/2025");
        System.out.printf("%d hostile inputs answered: %s%n", inputs.size(), statuses);

        assertThat(inputs).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(wrong).as("inputs not refused with a problem naming the cause").isEmpty();
        assertThat(ServiceLog.alarming(log.getAll().substring(logBefore))).as("errors and stack traces logged")
                .isEmpty();
        assertThat(rowCounts()).isEqualTo(rowsBefore);
        assertThat(after.get("position").asLong()).isEqualTo(before.get("position").asLong());
        assertThat(after.get("digest").asText()).isEqualTo(before.get("digest").asText());
    }

    /** What is wrong with the answer to a hostile input, if anything. */
    private static java.util.Optional<String> problemOf(HostileInputs.Hostile input, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String what = input.what() + " -> " + status + " " + abbreviate(answer.body());
        if (status < 400 || status >= 500) {
            return java.util.Optional.of(what);
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return java.util.Optional.of(what + " (not problem details)");
        }
        JsonNode problem = new Api(0).read(answer.body());
        if (problem.path("detail").asText().isBlank() || problem.path("title").asText().isBlank()
                || problem.path("status").asInt() != status) {
            return java.util.Optional.of(what + " (problem without title, detail or status)");
        }
        if ((status == 422 || status == 409 || status == 403)
                && problem.path("errors").findValuesAsText("rule").stream().anyMatch(String::isBlank)) {
            return java.util.Optional.of(what + " (a refused event without its rule)");
        }
        return java.util.Optional.empty();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
