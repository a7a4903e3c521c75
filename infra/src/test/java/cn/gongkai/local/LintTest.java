package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The linter judges any report handed to it: the Julu report as published names its two wrong 总计 cells. */
@ServiceOnPostgres
class LintTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("lint");

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

        assertThat(result.get("errors").asInt()).isEqualTo(2);
        assertThat(result.get("warnings").asInt()).isZero();
        assertThat(result.get("findings")).extracting(f -> f.get("row").asText() + "/" + f.get("column").asText()
                + " expected " + f.get("expected").asLong() + " actual " + f.get("actual").asLong())
                .containsExactly("PARTIALLY_DISCLOSED/TOTAL expected 2 actual 0",
                        "NOT_PROCESSED_REPEATED/TOTAL expected 1 actual 0");
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
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(api.read(bad.body()).get("detail").asText()).contains("applications/RECEIVED/NATURAL_PERSON");
    }

    private static JsonNode lint(Api api, String type, byte[] body) {
        HttpResponse<String> response = api.post("/api/v1/reports/lint", type, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.read(response.body());
    }

    private static byte[] published() throws IOException {
        try (InputStream in = LintTest.class.getResourceAsStream("/samples/julu-2025-as-published.json")) {
            return in.readAllBytes();
        }
    }
}
