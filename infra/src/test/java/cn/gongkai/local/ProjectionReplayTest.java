package cn.gongkai.local;

import cn.gongkai.query.projection.Projections;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding the statistics from the first event gives the same report, figure for figure. */
@ServiceOnPostgres
class ProjectionReplayTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("replay");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

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
}
