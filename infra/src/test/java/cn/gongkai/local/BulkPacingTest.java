package cn.gongkai.local;

import cn.gongkai.query.projection.Projections;
import cn.gongkai.testing.PostgresTestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live events first (LiveFirstPacing): in the embedded service a bulk request waits for the live tables before it
 * appends, so a back-fill never runs far ahead of the dashboards; a department's small request never waits. Here the
 * allowed lag is 0: each bulk request waits until everything appended before it is counted.
 */
@ServiceOnPostgres
class BulkPacingTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("bulk_pacing");
    static final String ORGAN = "pacing-county";
    static final int BULK = 500;
    static final int BULK_REQUESTS = 20;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("gongkai.ingestion.pacing.max-lag", () -> "0");
        registry.add("gongkai.ingestion.pacing.bulk-events", () -> "100");
        // Long enough that no wait here ends by running out of patience.
        registry.add("gongkai.ingestion.pacing.max-wait", () -> "PT60S");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_back_fill_waits_for_the_live_tables_and_a_small_request_does_not() {
        // given an organ, and the live tables caught up with its registration
        Api api = new Api(port);
        long registered = api.sendBatch(("[" + AccessMatrixTest.organ(ORGAN, null) + "]")
                .getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        api.reportAtLeastAt(ORGAN, 2025, registered);

        // when a back-fill sends bulk requests one after the other
        List<long[]> answers = new ArrayList<>();
        long previous = registered;
        for (int request = 0; request < BULK_REQUESTS; request++) {
            long head = api.sendBatch(receipts(BULK, "2024-03-04")).get("position").asLong();
            answers.add(new long[]{previous, statisticsPosition()});
            previous = head;
        }

        // then each was appended only once the live tables had counted everything appended before it
        for (int request = 0; request < answers.size(); request++) {
            long appendedBefore = answers.get(request)[0];
            long countedAtAnswer = answers.get(request)[1];
            assertThat(countedAtAnswer).as("live tables at the answer to bulk request %d", request)
                    .isGreaterThanOrEqualTo(appendedBefore);
        }
        double waitsAfterBackFill = pacedRequests();
        assertThat(waitsAfterBackFill).as("bulk requests that found the live tables behind and waited")
                .isPositive();

        // and when the clerk's desk sends small requests right behind another bulk one
        api.sendBatch(receipts(BULK, "2024-05-06"));
        double waitsBefore = pacedRequests();
        long head = -1;
        for (int request = 0; request < 20; request++) {
            head = api.sendBatch(receipts(10, "2025-01-02")).get("position").asLong();
        }

        // then none of them waited, and every event is counted once
        assertThat(pacedRequests()).as("small requests never wait").isEqualTo(waitsBefore);
        assertThat(api.reportAtLeastAt(ORGAN, 2025, head).at("/applications/RECEIVED/TOTAL").asLong())
                .isEqualTo(200);
        assertThat(api.reportAtLeastAt(ORGAN, 2024, head).at("/applications/RECEIVED/TOTAL").asLong())
                .isEqualTo((long) BULK * (BULK_REQUESTS + 1));
    }

    private long statisticsPosition() {
        return jdbc.queryForObject("select position from projection_position where processor = ?", Long.class,
                Projections.STATISTICS);
    }

    private double pacedRequests() {
        return meters.timer("gongkai.ingestion.paced").count();
    }

    private static byte[] receipts(int count, String receivedOn) {
        return ("[" + IntStream.range(0, count).mapToObj(i -> AccessMatrixTest.event(
                        "gongkai.application.received", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\"P-"
                                + AccessMatrixTest.IDS.incrementAndGet() + "\",\"applicantType\":\"NATURAL_PERSON\","
                                + "\"receivedOn\":\"" + receivedOn + "\"}"))
                .collect(Collectors.joining(",")) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
