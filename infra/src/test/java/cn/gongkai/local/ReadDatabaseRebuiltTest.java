package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fault: a query side's read database is dropped and made again, empty, while the other query side serves. The
 * rebuilt one, under the consumer group that had committed its offsets, reads the events topic again from its first
 * record; meanwhile it answers no figure from part of the history, and afterwards every cell on both equals what was
 * sent, each event counted once, its copy byte for byte the store.
 */
class ReadDatabaseRebuiltTest {

    private static final int ORGANS = 4;
    private static final String[] OUTCOMES = {"DISCLOSED", "PARTIALLY_DISCLOSED", "UNAVAILABLE_NOT_HELD",
            "NOT_PROCESSED_REPEATED"};

    @TempDir
    static Path directory;
    private static PostgresTestDatabase store;
    private static PostgresTestDatabase own;
    private static Broker broker;
    private static Side commandSide;
    private static Side serving;
    private static Side rebuilt;
    private static final Map<String, Map<String, Integer>> sent = new TreeMap<>();

    @BeforeAll
    static void startEveryPart() {
        store = PostgresTestDatabase.create("rebuilt_store");
        own = PostgresTestDatabase.create("rebuilt_own");
        broker = Broker.start(directory);
        List<String> kafka = List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers());
        commandSide = Side.command(store, with(kafka, "--gongkai.kafka.publish.enabled=true"), directory);
        serving = Side.query("serving query side", store, with(kafka, "--gongkai.kafka.replicate.enabled=true"),
                directory);
        rebuilt = Side.query("rebuilt query side", own, with(kafka, "--gongkai.kafka.replicate.enabled=true",
                "--gongkai.kafka.replicate.group=rebuilt-replica"), directory);
    }

    @AfterAll
    static void stopEveryPart() {
        Parts.stop(rebuilt, serving, commandSide, broker, own, store);
    }

    @Test
    void given_two_replicas_when_one_loses_its_database_then_the_other_serves_and_it_is_whole_again_counting_each_event_once()
            throws Exception {
        List<String> organs = new ArrayList<>();
        for (int i = 0; i < ORGANS; i++) {
            organs.add(AccessMatrixTest.organ(organ(i), null));
        }
        send(organs);
        sendApplications(0, 1_000);
        awaitEveryOrganMatches(serving);
        awaitEveryOrganMatches(rebuilt);

        rebuilt.kill();
        dropAndCreateAgain(own);
        rebuilt.startAgain();
        sendApplications(1_000, 1_500);
        List<Integer> answered = new ArrayList<>();
        awaitEveryOrganMatches(serving);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            answered.add(rebuilt.api().get(report(0)).statusCode());
            assertEveryOrganMatches(rebuilt.api());
        });

        assertThat(answered).as("the rebuilt replica's answers while it copied: the organ not yet known (404), "
                + "figures so far, or 503; never an error").allMatch(status -> status == 404 || status == 200
                || status == 503);
        assertThat(rows(own)).as("the rebuilt copy is the store, each event once").isEqualTo(rows(store));
        assertEveryOrganMatches(serving.api());
    }

    private static void sendApplications(int from, int to) {
        for (int batch = from; batch < to; batch += 100) {
            List<String> events = new ArrayList<>();
            for (int i = batch; i < Math.min(to, batch + 100); i++) {
                String organ = organ(i % ORGANS);
                String outcome = OUTCOMES[i % OUTCOMES.length];
                String id = "DB-" + i;
                events.add(event(id + "-r", "gongkai.application.received", "{\"organ\":\"" + organ
                        + "\",\"applicationId\":\"" + id + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\""
                        + LocalDate.of(2025, 2, 3).plusDays(i % 100) + "\"}"));
                events.add(event(id + "-d", "gongkai.application.decided", "{\"organ\":\"" + organ
                        + "\",\"applicationId\":\"" + id + "\",\"decidedOn\":\""
                        + LocalDate.of(2025, 6, 2).plusDays(i % 100) + "\",\"outcome\":\"" + outcome + "\"}"));
                Map<String, Integer> cells = sent.computeIfAbsent(organ, o -> new TreeMap<>());
                cells.merge("RECEIVED/NATURAL_PERSON", 1, Integer::sum);
                cells.merge(outcome + "/TOTAL", 1, Integer::sum);
            }
            send(events);
        }
    }

    private static void send(List<String> events) {
        commandSide.api().sendBatch(("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitEveryOrganMatches(Side side) {
        Api api = side.api();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEveryOrganMatches(api));
    }

    private static void assertEveryOrganMatches(Api api) {
        sent.forEach((organ, cells) -> {
            HttpResponse<String> answer = api.get("/api/v1/organs/" + organ + "/reports/2025");
            assertThat(answer.statusCode()).as("%s: %s", organ, answer.body()).isEqualTo(200);
            JsonNode report = api.read(answer.body());
            cells.forEach((cell, value) -> assertThat(report.at("/applications/" + cell).asInt())
                    .as("%s %s", organ, cell).isEqualTo(value));
        });
    }

    /** As a disk lost and a database made again by hand: the same name, empty. */
    private static void dropAndCreateAgain(PostgresTestDatabase database) throws SQLException {
        String server = database.url().substring(0, database.url().lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server, database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database " + database.name() + " with (force)");
            statement.execute("create database " + database.name());
        }
    }

    private static String report(int organ) {
        return "/api/v1/organs/" + organ(organ) + "/reports/2025";
    }

    private static String organ(int i) {
        return "rebuilt-organ-" + i;
    }

    private static String event(String id, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/rebuilt/test\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    private static List<String> with(List<String> settings, String... more) {
        List<String> all = new ArrayList<>(settings);
        all.addAll(List.of(more));
        return all;
    }

    /** A digest of every stored or copied row in position order: equal tables, equal digests. */
    private static String rows(PostgresTestDatabase database) throws SQLException {
        String table = database == store ? "domainevententry" : "replicatedevent";
        try (Connection connection = database.connect();
             ResultSet digest = connection.createStatement().executeQuery("select count(*) || ':' || md5(string_agg("
                     + "globalIndex || '|' || eventIdentifier || '|' || encode(payload, 'hex') || '|' || "
                     + "coalesce(encode(metaData, 'hex'), ''), ',' order by globalIndex)) from " + table)) {
            digest.next();
            return digest.getString(1);
        }
    }
}
