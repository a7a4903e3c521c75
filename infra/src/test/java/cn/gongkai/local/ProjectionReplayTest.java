package cn.gongkai.local;

import cn.gongkai.query.projection.Projections;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding the statistics from the first event gives the same report, figure for figure, either way. */
@ServiceOnPostgres
class ProjectionReplayTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("replay");
    /** An organ registered after the rebuild, away from the sample's. */
    static final String LATER = "registered-after-the-rebuild";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_replay_from_the_first_event_rebuilds_the_same_report() {
        Api api = new Api(port);
        long head = api.sendBatch(JuluSample.events()).get("position").asLong();
        JsonNode before = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, head);
        TrackingEventProcessor statistics = processing
                .eventProcessor(Projections.STATISTICS, TrackingEventProcessor.class).orElseThrow();

        statistics.shutDown();
        statistics.resetTokens();
        statistics.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> !statistics.isReplaying());
        JsonNode after = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, head);
        assertThat(after).isEqualTo(before);
        JuluSample.assertEveryCellMatches(after);
    }

    @Test
    void the_operators_bulk_rebuild_replaces_the_tables_and_the_processor_goes_on_after_it()
            throws InterruptedException {
        Api api = new Api(port);
        long head = api.sendBatch(JuluSample.events()).get("position").asLong();
        JsonNode before = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, head);
        List<String> indexes = statisticsIndexes();
        long applications = applications();
        jdbc.update("update application_fact set outcome = 'OTHER' where application_id = 'JL-YSQ-2025-001'");

        // reports keep being asked for while the rebuild runs and swaps the tables under them
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                answers.add(api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/" + JuluSample.YEAR)
                        .statusCode());
            }
        });
        reader.start();
        JsonNode started = api.read(api.post("/api/v1/operations/projection-rebuild", "application/json",
                new byte[0]).body());
        JsonNode finished = finished(api, started.get("id").asText());
        rebuilding.set(false);
        reader.join();

        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("DONE");
        assertThat(answers).isNotEmpty().containsOnly(200);
        assertThat(jdbc.queryForObject("select outcome from application_fact where application_id = "
                + "'JL-YSQ-2025-001'", String.class)).isNotEqualTo("OTHER");
        JsonNode after = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, head);
        assertThat(after).isEqualTo(before);
        JuluSample.assertEveryCellMatches(after);
        assertThat(statisticsIndexes()).isEqualTo(indexes);
        assertThat(jdbc.queryForList("select relname || ' ' || array_to_string(reloptions, ',') from pg_class "
                + "where relname in ('application_fact', 'application_clock') order by relname", String.class))
                .as("the rebuilt tables keep the live ones' fill factor")
                .containsExactly("application_clock fillfactor=85", "application_fact fillfactor=85");

        long next = api.sendBatch(("[" + AccessMatrixTest.organ(LATER, null) + ","
                + AccessMatrixTest.received(LATER) + "]").getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        api.reportAtLeastAt(LATER, JuluSample.YEAR, next);
        assertThat(applications()).isEqualTo(applications);
        assertThat(jdbc.queryForObject("select count(*) from application_fact where organ = ?", Long.class, LATER))
                .isEqualTo(1);
    }

    private static JsonNode finished(Api api, String operation) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                api.getJson("/api/v1/operations/" + operation).get("state").asText()));
        return api.getJson("/api/v1/operations/" + operation);
    }

    private long applications() {
        return jdbc.queryForObject("select count(*) from application_fact where organ = ?", Long.class,
                JuluSample.ORGAN);
    }

    /** The indexes and key constraints of the statistics tables, by name and definition. */
    private List<String> statisticsIndexes() {
        return jdbc.queryForList("select indexname || ' ' || indexdef from pg_indexes where schemaname = 'public' "
                + "and tablename = any(?) order by indexname", String.class,
                (Object) Projections.STATISTICS_TABLES.toArray(String[]::new));
    }
}
