package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Body size, batch size and per-credential rate: configurable, and each answered with a clear problem. */
@ServiceOnPostgres
class RequestLimitsTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("request_limits");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("gongkai.limits.max-body-size", () -> "64KB");
        registry.add("gongkai.limits.max-batch-events", () -> "10");
        registry.add("gongkai.limits.requests-per-second", () -> "2");
        registry.add("gongkai.limits.burst", () -> "20");
    }

    @LocalServerPort
    int port;

    @Test
    void a_body_over_the_limit_is_refused_with_413_whether_its_length_is_declared_or_chunked() throws Exception {
        Api api = new Api(port);
        byte[] large = ("[" + "x".repeat(70 * 1024) + "]").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = api.post("/api/v1/events", Api.BATCH, large);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/events"))
                .header("Content-Type", Api.BATCH)
                .header("Authorization", cn.gongkai.testing.TestAccess.authorization())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            JsonNode problem = api.read(response.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:gongkai:problem:request-too-large");
            assertThat(problem.get("detail").asText()).contains("65536", "gongkai.limits.max-body-size");
        }
    }

    @Test
    void a_batch_of_more_events_than_the_limit_is_refused_with_413_and_nothing_is_appended() {
        Api api = new Api(port);
        String events = IntStream.range(0, 11).mapToObj(i -> "{\"specversion\":\"1.0\",\"id\":\"big-" + i
                        + "\",\"source\":\"/limits\",\"type\":\"gongkai.organ.registered\",\"data\":{\"organ\":\"limit-"
                        + i + "\",\"name\":\"x\"}}")
                .collect(Collectors.joining(",", "[", "]"));

        HttpResponse<String> response = api.post("/api/v1/events", Api.BATCH, events.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.read(response.body()).get("detail").asText()).contains("11 events", "at most 10");
        assertThat(api.getJson("/api/v1/organs").findValuesAsText("organ")).noneMatch(o -> o.startsWith("limit-"));
    }

    @Test
    void a_credential_past_its_rate_gets_429_with_retry_after_and_another_credential_is_unaffected() {
        Api admin = new Api(port);
        Api auditor = admin.as(admin.read(admin.post("/api/v1/credentials", "application/json",
                "{\"subject\":\"busy auditor\",\"roles\":[\"AUDITOR\"]}".getBytes(StandardCharsets.UTF_8)).body())
                .get("token").asText());

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(auditor.get("/api/v1/organs"));
        }
        HttpResponse<String> admins = admin.get("/api/v1/organs");

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses).contains(429);
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(admin.read(refused.body()).get("type").asText()).isEqualTo("urn:gongkai:problem:too-many-requests");
        assertThat(admins.statusCode()).isEqualTo(200);
    }
}
