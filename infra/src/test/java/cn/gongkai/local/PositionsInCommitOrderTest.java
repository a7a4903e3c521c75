package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import cn.gongkai.verifier.Verifier;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A report's position never freezes. Contradicting decisions race, a position is burned by an insert that rolls
 * back (as a failed or crashed append leaves one), and a later event still reaches the report within a second, its
 * digest covering every event: positions are drawn in commit order, so nobody waits on the hole.
 */
class PositionsInCommitOrderTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("commit_order");
    static final String ORGAN = "r-1";

    @TempDir
    Path dataDir;

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void on_postgresql_a_lost_race_and_a_burned_position_hold_no_report_back() throws Exception {
        try (ConfigurableApplicationContext service = start(DATABASE.arguments("--spring.profiles.active=postgres",
                "--gongkai.sample=none", "--server.port=0"))) {
            lostRaceAndBurnedPosition(service);
        }
    }

    @Test
    void on_the_embedded_default_a_lost_race_and_a_burned_position_hold_no_report_back() throws Exception {
        try (ConfigurableApplicationContext service = start(TestAccess.arguments("--gongkai.data-dir=" + dataDir,
                "--gongkai.sample=none", "--server.port=0"))) {
            lostRaceAndBurnedPosition(service);
        }
    }

    private static void lostRaceAndBurnedPosition(ConfigurableApplicationContext service) throws Exception {
        Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        // given an organ with one application, decided ten ways at once, and a position burned by a rollback
        api.sendBatch(batch(AccessMatrixTest.organ(ORGAN, null), received("A")));
        List<Integer> statuses = decideConcurrently(api, 10);
        burnAPosition(service, jdbc);

        // when a later application is received
        long later = api.sendBatch(batch(received("B"))).get("position").asLong();

        // then the report reaches it within a second, past the hole, and counts every event once
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(holesBelow(jdbc, later)).as("positions burned below the later event").isPositive();
        String path = "/api/v1/organs/" + ORGAN + "/reports/2025";
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> api.getJson(path).get("position").asLong() >= later);
        Audit audit = Audit.of(api, ORGAN, 2025, later);
        assertThat(audit.report().at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(2);
        assertThat(audit.report().at("/applications/RESULT_TOTAL/TOTAL").asLong()).isEqualTo(1);
        assertThat(Verifier.verify(audit.exportLines(), audit.reportJson())).as("the offline verifier").isEmpty();
        JsonNode replay = api.read(api.post("/api/v1/audit/replay-verification", "application/json",
                new byte[0]).body());
        assertThat(replay.get("status").asText()).isEqualTo("MATCH");
    }

    private static List<Integer> decideConcurrently(Api api, int senders) throws Exception {
        String[] outcomes = {"DISCLOSED", "PARTIALLY_DISCLOSED", "NOT_PROCESSED_COMPLAINT", "OTHER",
                "UNAVAILABLE_NOT_HELD"};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            byte[] decision = batch(AccessMatrixTest.event("gongkai.application.decided", "{\"organ\":\"" + ORGAN
                    + "\",\"applicationId\":\"A\",\"decidedOn\":\"2025-03-1" + (i / outcomes.length)
                    + "\",\"outcome\":\"" + outcomes[i % outcomes.length] + "\"}"));
            answers.add(pool.submit(() -> {
                start.await();
                return api.post("/api/v1/events", Api.BATCH, decision);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        pool.shutdown();
        return statuses;
    }

    /** An insert that draws a position and rolls back, as a failed append or a crash mid-append leaves behind. */
    private static void burnAPosition(ConfigurableApplicationContext service, JdbcTemplate jdbc) {
        new TransactionTemplate(service.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            jdbc.update("insert into domainevententry (eventIdentifier, payload, payloadType, timeStamp, "
                    + "aggregateIdentifier, sequenceNumber) values ('burned', ?, 'x', '2025-01-01T00:00:00Z', "
                    + "'burned', 0)", (Object) new byte[]{1});
            tx.setRollbackOnly();
        });
    }

    private static long holesBelow(JdbcTemplate jdbc, long position) {
        Long holes = jdbc.queryForObject("select max(globalIndex) - min(globalIndex) + 1 - count(*) "
                + "from domainevententry where globalIndex <= ?", Long.class, position);
        return holes == null ? 0 : holes;
    }

    private static String received(String application) {
        return AccessMatrixTest.event("gongkai.application.received", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\""
                + application + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-03-03\"}");
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }

    /** The embedded default's application with these arguments (a store, and the test's access settings). */
    private static ConfigurableApplicationContext start(String[] arguments) {
        return new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES)
                .run(arguments);
    }
}
