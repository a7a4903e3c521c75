package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many departments sending at once: transactions commit out of the order of their positions, so the stream has
 * gaps that fill late. Every event is still counted once, and chained once.
 */
@ServiceOnPostgres
class ConcurrentSendersTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("concurrent_senders");
    static final int SENDERS = 8;
    static final int BATCHES_PER_SENDER = 10;
    static final int EVENTS_PER_BATCH = 40;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eight_senders_at_once_every_event_is_counted_once_and_the_chain_is_intact() throws Exception {
        Api api = new Api(port);
        api.sendBatch(("[" + IntStream.range(0, SENDERS).mapToObj(s -> AccessMatrixTest.organ("sender-" + s, null))
                .collect(Collectors.joining(",")) + "]").getBytes(StandardCharsets.UTF_8));

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Future<Long>> heads = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            String organ = "sender-" + s;
            heads.add(pool.submit(() -> {
                long head = -1;
                for (int b = 0; b < BATCHES_PER_SENDER; b++) {
                    head = api.sendBatch(batchOfReceipts(organ)).get("position").asLong();
                }
                return head;
            }));
        }
        long head = -1;
        for (Future<Long> sender : heads) {
            head = Math.max(head, sender.get());
        }
        pool.shutdown();

        for (int s = 0; s < SENDERS; s++) {
            JsonNode report = api.reportAtLeastAt("sender-" + s, 2025, head);
            assertThat(report.at("/applications/RECEIVED/TOTAL").asLong()).as("sender-%d", s)
                    .isEqualTo(BATCHES_PER_SENDER * EVENTS_PER_BATCH);
        }
        await().until(() -> verify(api).get("eventsNotYetChained").asLong() == 0);
        JsonNode verdict = verify(api);
        assertThat(verdict.get("status").asText()).isEqualTo("INTACT");
        assertThat(verdict.get("linksChecked").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from domainevententry", Long.class));
        assertThat(jdbc.queryForObject("select count(distinct global_index) from event_chain", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from event_chain", Long.class));
    }

    private static byte[] batchOfReceipts(String organ) {
        return ("[" + IntStream.range(0, EVENTS_PER_BATCH).mapToObj(i -> AccessMatrixTest.event(
                        "gongkai.application.received", "{\"organ\":\"" + organ + "\",\"applicationId\":\"C-"
                                + AccessMatrixTest.IDS.incrementAndGet() + "\",\"applicantType\":\"NATURAL_PERSON\","
                                + "\"receivedOn\":\"2025-04-01\"}"))
                .collect(Collectors.joining(",")) + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode verify(Api api) {
        return api.read(api.post("/api/v1/audit/chain-verification", "application/json", new byte[0]).body());
    }
}
