package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A published report is frozen: later the live report shows the published figures beside its own, and what moved. */
@ServiceOnPostgres
class PublicationTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("publication");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void publishing_freezes_the_figures_and_a_later_restatement_shows_beside_them() {
        Api api = new Api(port);
        JsonNode before = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR,
                api.sendBatch(JuluSample.events()).get("position").asLong());

        HttpResponse<String> publish = api.post(publicationPath(2025), "application/json", new byte[0]);
        JsonNode published = api.read(publish.body());
        JsonNode late = api.sendBatch(("[{\"specversion\":\"1.0\",\"id\":\"late-2\",\"source\":\"/late\","
                + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"" + JuluSample.ORGAN + "\","
                + "\"applicationId\":\"JL-LATE-2\",\"applicantType\":\"COMMERCIAL_ENTERPRISE\","
                + "\"receivedOn\":\"2025-12-31\"}}]").getBytes(StandardCharsets.UTF_8));
        JsonNode after = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, late.get("position").asLong());

        assertThat(publish.statusCode()).isEqualTo(200);
        assertThat(published.get("digest").asText()).isEqualTo(before.get("digest").asText());
        assertThat(published.get("position").asLong()).isEqualTo(before.get("position").asLong());
        assertThat(after.at("/published/digest").asText()).isEqualTo(before.get("digest").asText());
        assertThat(after.at("/published/figures/applications/RECEIVED/TOTAL").asText()).isEqualTo("16");
        assertThat(after.at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(17);
        assertThat(after.at("/published/restated")).extracting(c -> c.get("row").asText() + "/"
                + c.get("column").asText() + " " + c.get("published").asText() + "->" + c.get("live").asText())
                .containsExactlyInAnyOrder("RECEIVED/COMMERCIAL_ENTERPRISE 1->2", "RECEIVED/TOTAL 16->17",
                        "CARRIED_OVER_TO_NEXT_YEAR/COMMERCIAL_ENTERPRISE 0->1", "CARRIED_OVER_TO_NEXT_YEAR/TOTAL 0->1");
    }

    @Test
    void a_year_that_has_not_ended_cannot_be_published() {
        Api api = new Api(port);
        api.sendBatch(JuluSample.events());

        HttpResponse<String> response = api.post(publicationPath(2100), "application/json", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(api.read(response.body()).get("type").asText()).isEqualTo("urn:gongkai:problem:year-not-ended");
    }

    private static String publicationPath(int year) {
        return "/api/v1/organs/" + JuluSample.ORGAN + "/reports/" + year + "/publication";
    }
}
