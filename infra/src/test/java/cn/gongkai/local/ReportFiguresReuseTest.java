package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live report reuses the figures it computed while none of its organs' events changed: another organ's event moves
 * the report's position but not its figures; an event of its own organ, or a new organ in its subtree, is counted.
 */
@ServiceOnPostgres
class ReportFiguresReuseTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("report_figures_reuse");
    static final String BUREAU = "julu-county-test-bureau";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void figures_change_with_the_organs_own_events_and_only_with_them() {
        Api api = new Api(port);
        long loaded = api.sendBatch(JuluSample.events()).get("position").asLong();
        JsonNode self = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, loaded);
        JsonNode subtree = api.getJson(report(JuluSample.ORGAN) + "?scope=subtree");
        long received = received(self);
        assertThat(received(subtree)).isEqualTo(received);

        long bureauAdded = send(api, AccessMatrixTest.organ(BUREAU, JuluSample.ORGAN),
                AccessMatrixTest.received(BUREAU));

        JsonNode selfAfter = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, bureauAdded);
        assertThat(selfAfter.get("position").asLong()).isGreaterThanOrEqualTo(bureauAdded);
        assertThat(received(selfAfter)).isEqualTo(received);
        assertThat(selfAfter.get("digest")).isEqualTo(self.get("digest"));
        assertThat(received(api.getJson(report(JuluSample.ORGAN) + "?scope=subtree"))).isEqualTo(received + 1);

        long ownAdded = send(api, AccessMatrixTest.received(JuluSample.ORGAN));

        JsonNode selfLater = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, ownAdded);
        assertThat(received(selfLater)).isEqualTo(received + 1);
        assertThat(selfLater.get("digest")).isNotEqualTo(self.get("digest"));
        assertThat(received(api.getJson(report(JuluSample.ORGAN) + "?scope=subtree"))).isEqualTo(received + 2);
    }

    private static long send(Api api, String... events) {
        return api.sendBatch(("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8))
                .get("position").asLong();
    }

    private static String report(String organ) {
        return "/api/v1/organs/" + organ + "/reports/" + JuluSample.YEAR;
    }

    private static long received(JsonNode report) {
        return report.at("/applications/RECEIVED/TOTAL").asLong();
    }
}
