package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department writes only its own organs' facts, registers none, and of contradicting decisions sent at once
 * exactly one is recorded.
 */
@ServiceOnPostgres
class DepartmentWritesTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("department_writes");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void a_batch_naming_another_organ_is_refused_whole_with_403_naming_the_event() {
        Api admin = new Api(port);
        admin.sendBatch(batch(AccessMatrixTest.organ("dw-own", null), AccessMatrixTest.organ("dw-other", null)));
        Api department = admin.as(AccessMatrixTest.issue(admin, "dw system", "DEPARTMENT", "dw-own"));

        HttpResponse<String> mixed = department.post("/api/v1/events", Api.BATCH,
                batch(AccessMatrixTest.received("dw-own"), AccessMatrixTest.received("dw-other")));
        HttpResponse<String> registration = department.post("/api/v1/events", Api.BATCH,
                batch(AccessMatrixTest.organ("dw-own-annex", "dw-own")));

        assertThat(mixed.statusCode()).isEqualTo(403);
        JsonNode problem = admin.read(mixed.body());
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("ORGAN_NOT_PERMITTED");
        assertThat(registration.statusCode()).isEqualTo(403);
        assertThat(admin.read(registration.body()).at("/errors/0/rule").asText()).isEqualTo("ADMINISTRATOR_ONLY");
        long later = admin.sendBatch(batch(AccessMatrixTest.received("dw-other"))).get("position").asLong();
        JsonNode report = admin.reportAtLeastAt("dw-own", 2025, later);
        assertThat(report.at("/applications/RECEIVED/TOTAL").asLong()).isZero();
    }

    @Test
    void of_fifty_contradicting_decisions_sent_at_once_exactly_one_is_accepted_and_the_rest_get_409()
            throws Exception {
        Api admin = new Api(port);
        admin.sendBatch(batch(AccessMatrixTest.organ("race-bureau", null)));
        admin.sendBatch(batch(AccessMatrixTest.event("gongkai.application.received", "{\"organ\":\"race-bureau\","
                + "\"applicationId\":\"RACE-1\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-03-03\"}")));
        String[] outcomes = {"DISCLOSED", "PARTIALLY_DISCLOSED", "NOT_PROCESSED_COMPLAINT", "OTHER", "UNAVAILABLE_NOT_HELD"};
        List<byte[]> decisions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            decisions.add(batch(AccessMatrixTest.event("gongkai.application.decided", "{\"organ\":\"race-bureau\","
                    + "\"applicationId\":\"RACE-1\",\"decidedOn\":\"2025-03-" + (10 + i / outcomes.length)
                    + "\",\"outcome\":\"" + outcomes[i % outcomes.length] + "\"}")));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (byte[] decision : decisions) {
            answers.add(pool.submit(() -> {
                start.await();
                return admin.post("/api/v1/events", Api.BATCH, decision);
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
        String answered = responses.stream().filter(r -> r.statusCode() != 409)
                .map(r -> r.statusCode() + " " + r.body()).distinct().toList().toString();
        assertThat(statuses).as(answered).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).as(answered).filteredOn(s -> s == 409).hasSize(49);
        HttpResponse<String> accepted = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        long position = admin.read(accepted.body()).get("position").asLong();
        JsonNode report = admin.reportAtLeastAt("race-bureau", 2025, position);
        assertThat(report.at("/applications/RESULT_TOTAL/TOTAL").asLong()).isEqualTo(1);
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
