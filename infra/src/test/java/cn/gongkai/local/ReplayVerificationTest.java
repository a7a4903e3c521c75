package cn.gongkai.local;

import cn.gongkai.testing.TestAccess;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding every statistics table from the first event gives the live tables, row for row, every time. */
@ServiceOnPostgres
class ReplayVerificationTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("replay_verification");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dataDir;

    @Test
    void a_replay_matches_the_live_tables_twice_over_and_catches_a_corrupted_row() {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());

        JsonNode first = verify(api);
        JsonNode second = verify(api);
        JsonNode progress = api.getJson("/api/v1/audit/replay-verification/progress");

        assertThat(first.get("status").asText()).isEqualTo("MATCH");
        assertThat(first.get("eventsReplayed").asLong()).isEqualTo(63);
        assertThat(first.get("tables")).anySatisfy(t -> {
            assertThat(t.get("table").asText()).isEqualTo("application_fact");
            assertThat(t.get("liveRows").asLong()).isEqualTo(16);
        });
        assertThat(second.get("tables")).isEqualTo(first.get("tables"));
        assertThat(progress.get("state").asText()).isEqualTo("FINISHED");
        assertThat(progress.get("done").asLong()).isEqualTo(progress.get("total").asLong());

        jdbc.update("update application_fact set outcome = 'OTHER' where application_id = 'JL-YSQ-2025-001'");
        JsonNode corrupted = verify(api);

        assertThat(corrupted.get("status").asText()).isEqualTo("MISMATCH");
        assertThat(corrupted.get("tables")).filteredOn(t -> t.get("differences").asLong() > 0)
                .extracting(t -> t.get("table").asText() + " " + t.get("differences").asLong())
                .containsExactly("application_fact 2");
    }

    @Test
    void the_embedded_default_verifies_its_sample_year_on_h2() {
        try (ConfigurableApplicationContext embedded = new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES)
                .run(TestAccess.arguments("--gongkai.data-dir=" + dataDir, "--server.port=0"))) {
            Api api = new Api(((WebServerApplicationContext) embedded).getWebServer().getPort());
            JsonNode before = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, 63);

            assertThat(verify(api).get("status").asText()).isEqualTo("MATCH");

            // and the operator's rebuild, which on H2 replaces the rows in one transaction, gives the same report
            String operation = api.read(api.post("/api/v1/operations/projection-rebuild", "application/json",
                    new byte[0]).body()).get("id").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                    api.getJson("/api/v1/operations/" + operation).get("state").asText()));
            assertThat(api.getJson("/api/v1/operations/" + operation).get("state").asText()).isEqualTo("DONE");
            assertThat(api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, 63)).isEqualTo(before);
            assertThat(verify(api).get("status").asText()).isEqualTo("MATCH");
        }
    }

    private static JsonNode verify(Api api) {
        return api.read(api.post("/api/v1/audit/replay-verification", "application/json", new byte[0]).body());
    }
}
