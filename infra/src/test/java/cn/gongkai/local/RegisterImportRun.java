package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register import's throughput beside REST ingestion of the same events: the generated 5,000-row register (the
 * one {@link RegisterImportTest} checks against its oracle) dry-run and committed into one organ, and the same rows'
 * events sent to another organ over {@code POST /api/v1/events} in batches of 500. Measures and judges nothing; run
 * by hand (BENCHMARKS.md, "Register import"):
 * <pre>mvn -B -pl infra -am verify -DskipITs -Dtest=RegisterImportRun -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class RegisterImportRun {

    static final int ROWS = Integer.getInteger("register.rows", 5_000);
    static final int ROUNDS = Integer.getInteger("register.rounds", 3);
    static final int BATCH = 500;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void measure() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create("register_import_run");
        String[] args = database.springProperties().entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES, "gongkai.sample=none",
                        "server.port=0")
                .run(args)) {
            Api admin = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
            byte[] register = GeneratedRegister.generate(ROWS, 42).xlsx();
            for (int round = 1; round <= ROUNDS; round++) {
                measureRound(admin, register, round);
            }
        }
    }

    private void measureRound(Api admin, byte[] register, int round) throws Exception {
        String imported = "run-import-" + round;
        String sent = "run-rest-" + round;
        admin.sendBatch(("[" + AccessMatrixTest.organ(imported, null) + "," + AccessMatrixTest.organ(sent, null) + "]")
                .getBytes(StandardCharsets.UTF_8));
        for (String organ : new String[]{imported, sent}) {
            admin.send("PUT", "/api/v1/organs/" + organ + "/register-mappings/own-layout", "application/json",
                    GeneratedRegister.MAPPING.getBytes(StandardCharsets.UTF_8));
        }
        String path = "/api/v1/organs/" + imported + "/register-imports?mapping=own-layout&mode=";

        long start = System.nanoTime();
        HttpResponse<String> dryRun = admin.post(path + "DRY_RUN", XLSX, register);
        long dryRunEnd = System.nanoTime();
        HttpResponse<String> commit = admin.post(path + "COMMIT", XLSX, register);
        long commitEnd = System.nanoTime();
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        int events = admin.read(commit.body()).get("appended").asInt();

        ArrayNode planned = (ArrayNode) admin.read(admin.post("/api/v1/organs/" + sent
                + "/register-imports?mapping=own-layout", XLSX, register).body()).get("events");
        long restStart = System.nanoTime();
        for (int from = 0; from < planned.size(); from += BATCH) {
            ArrayNode batch = json.createArrayNode();
            for (int i = from; i < Math.min(planned.size(), from + BATCH); i++) {
                batch.add(cloudEvent(planned.get(i)));
            }
            admin.sendBatch(json.writeValueAsBytes(batch));
        }
        long restEnd = System.nanoTime();

        System.out.printf("Round %d, %d rows, %d events: dry run %.2f s (%.0f rows/s, status %d); commit %.2f s "
                        + "(%.0f rows/s, %.0f events/s); REST in batches of %d: %.2f s (%.0f rows/s, %.0f events/s)%n",
                round, ROWS, events, seconds(start, dryRunEnd), ROWS / seconds(start, dryRunEnd), dryRun.statusCode(),
                seconds(dryRunEnd, commitEnd), ROWS / seconds(dryRunEnd, commitEnd),
                events / seconds(dryRunEnd, commitEnd), BATCH, seconds(restStart, restEnd),
                ROWS / seconds(restStart, restEnd), planned.size() / seconds(restStart, restEnd));
    }

    private ObjectNode cloudEvent(JsonNode planned) {
        ObjectNode event = json.createObjectNode().put("specversion", "1.0").put("id", planned.get("id").asText())
                .put("source", planned.get("source").asText()).put("type", planned.get("type").asText());
        event.set("data", planned.get("data"));
        return event;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
