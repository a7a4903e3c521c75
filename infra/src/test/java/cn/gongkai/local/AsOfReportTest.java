package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report as of a recorded moment, folded from the events alone, equals the live report the projections gave at
 * that moment, figures and digest; events recorded later are left out.
 */
@ServiceOnPostgres
class AsOfReportTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("as_of");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_report_as_of_a_moment_is_the_live_report_of_that_moment() {
        Api api = new Api(port);
        long published = api.sendBatch(JuluSample.events()).get("position").asLong();
        JsonNode thenLive = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, published);
        Instant moment = Instant.now();
        await().until(() -> Instant.now().isAfter(moment));

        long later = api.sendBatch(("[{\"specversion\":\"1.0\",\"id\":\"late-1\",\"source\":\"/late\","
                + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"" + JuluSample.ORGAN + "\","
                + "\"applicationId\":\"JL-LATE-1\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-12-30\"}}]")
                .getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        JsonNode now = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, later);
        JsonNode asOf = api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?asOf="
                + URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8));

        assertThat(now.at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(17);
        assertThat(asOf.at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(16);
        for (String table : new String[]{"proactive", "applications", "reviewsAndLawsuits", "fees", "narrative"}) {
            assertThat(asOf.get(table)).as(table).isEqualTo(thenLive.get(table));
        }
        assertThat(asOf.get("position").asLong()).isEqualTo(published);
        assertThat(asOf.get("digest").asText()).isEqualTo(thenLive.get("digest").asText()).hasSize(64);
        assertThat(now.get("digest").asText()).isNotEqualTo(thenLive.get("digest").asText());
        assertThat(asOf.get("asOf").asText()).isEqualTo(moment.toString());
        JuluSample.assertEveryCellMatches(asOf);

        JsonNode restated = api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025/restatements?from="
                + URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8));
        assertThat(restated.get("cells")).extracting(c -> c.get("row").asText() + "/" + c.get("column").asText()
                + " " + c.get("from").asText() + "->" + c.get("to").asText()).containsExactlyInAnyOrder(
                "RECEIVED/NATURAL_PERSON 13->14", "RECEIVED/TOTAL 16->17",
                "CARRIED_OVER_TO_NEXT_YEAR/NATURAL_PERSON 0->1", "CARRIED_OVER_TO_NEXT_YEAR/TOTAL 0->1");
        assertThat(restated.at("/cells/0/events")).extracting(e -> e.get("sourceId").asText())
                .containsExactly("late-1");
    }

    @Test
    void an_as_of_that_is_not_an_instant_is_a_bad_request() {
        Api api = new Api(port);
        api.sendBatch(JuluSample.events());

        assertThat(api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?asOf=yesterday").statusCode())
                .isEqualTo(400);
    }
}
