package cn.gongkai.local;

import cn.gongkai.query.audit.CheckpointWriter;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The as-of fold's checkpoints around the moments auditors ask about: the books just before the first event recorded
 * after a year end, and just after a publication, are kept, and an as-of report of such a moment starts from them
 * and equals the fold from the first event.
 */
@ServiceOnPostgres
@TestPropertySource(properties = {"gongkai.checkpoints.every=10", "gongkai.checkpoints.minimum=5",
        "gongkai.checkpoints.interval=PT0.05S"})
class AsOfCheckpointsTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("as_of_checkpoints");
    static final Instant YEAR_END = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    CheckpointWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTimeAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void the_books_at_a_year_end_and_at_a_publication_are_kept_and_start_the_as_of_reports_of_those_moments() {
        // given the sample year recorded in the last seconds of 2025 (China Standard Time), one receipt in the
        // first seconds of 2026, then the year's report published
        Api api = new Api(port);
        GenericEventMessage.clock = Clock.fixed(YEAR_END.minusSeconds(5), ZoneOffset.UTC);
        api.sendBatch(JuluSample.events());
        GenericEventMessage.clock = Clock.fixed(YEAR_END.plusSeconds(5), ZoneOffset.UTC);
        long newYear = api.sendBatch(("[{\"specversion\":\"1.0\",\"id\":\"new-year-1\",\"source\":\"/late\","
                + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"" + JuluSample.ORGAN + "\","
                + "\"applicationId\":\"JL-NEW-YEAR-1\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"receivedOn\":\"2025-12-31\"}}]").getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        GenericEventMessage.clock = Clock.systemUTC();
        api.reportAtLeastAt(JuluSample.ORGAN, 2025, newYear);
        HttpResponse<String> publication = api.post("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025/publication",
                "application/json", new byte[0]);
        assertThat(publication.statusCode()).as(publication.body()).isEqualTo(200);
        Instant published = Instant.now();
        await().until(() -> Instant.now().isAfter(published));
        long head = jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);

        // when the checkpoints have caught up, and the report is asked as of the year end and of the publication
        await().until(() -> writer.scanned() >= head);
        List<String> kept = jdbc.queryForList("select kept_for from fold_checkpoint where organ = ? and kept_for "
                + "is not null order by position", String.class, JuluSample.ORGAN);
        HttpResponse<String> atYearEnd = asOf(api, YEAR_END, "checkpoint");
        HttpResponse<String> atPublication = asOf(api, published, "checkpoint");

        // then both start from kept checkpoints and equal the fold from the first event
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).isEqualTo("year-end 2025");
        assertThat(kept.get(1)).startsWith("publication 2025");
        assertThat(atYearEnd.headers().firstValue("Gongkai-Folded-From").orElseThrow()).startsWith("checkpoint ");
        assertThat(atPublication.headers().firstValue("Gongkai-Folded-From").orElseThrow()).startsWith("checkpoint ");
        assertThat(api.read(atYearEnd.body())).isEqualTo(api.read(asOf(api, YEAR_END, "full").body()));
        assertThat(api.read(atPublication.body())).isEqualTo(api.read(asOf(api, published, "full").body()));
        JsonNode yearEnd = api.read(atYearEnd.body());
        assertThat(yearEnd.at("/applications/RECEIVED/TOTAL").asLong()).as("the receipt of 2026 left out")
                .isEqualTo(16);
        assertThat(api.read(atPublication.body()).at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(17);
    }

    private static HttpResponse<String> asOf(Api api, Instant moment, String fold) {
        HttpResponse<String> response = api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?asOf="
                + URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8) + "&fold=" + fold);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
