package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell of the sample report traces to the items it counts, and they add up to it, cell by cell. */
@ServiceOnPostgres
class ProvenanceTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("provenance");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

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

    private static String cellPath(String row, String column) {
        return "/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025/cells/" + row + "/" + column;
    }
}
