package cn.gongkai.local;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replica never serves figures from part of the history, and recovers it from the command side's store: a new
 * replica (its own database and consumer group) started on an events topic whose first records were deleted answers
 * every figure with a 503 problem naming the positions it lacks, and so does one with rows removed from its copy;
 * its health says DOWN for figures, its gauge counts the positions. Given the command side's store as a source
 * ({@code GET /api/v1/stored-events}) it copies them, and every report equals what was sent, each event once, the
 * copy byte for byte the store; rows removed later are found and copied again, and change no figure. Positions
 * burned by rolled-back inserts, before and after the deletion, are never taken for missing ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaBootstrapTest {

    private static final int ORGANS = 3;
    private static final String[] OUTCOMES = {"DISCLOSED", "PARTIALLY_DISCLOSED", "UNAVAILABLE_NOT_HELD"};
    private static final String FIGURES_HEALTH = "/actuator/health/figures";

    @TempDir
    static Path directory;
    private static PostgresTestDatabase store;
    private static PostgresTestDatabase copy;
    private static Broker broker;
    private static Side commandSide;
    private static Side replica;
    private static final Map<String, Map<String, Integer>> sent = new TreeMap<>();
    private static long lastDeleted;
    private static long firstBurned;
    private static long secondBurned;

    @BeforeAll
    static void startTheCommandSidePublishing() {
        store = PostgresTestDatabase.create("bootstrap_store");
        copy = PostgresTestDatabase.create("bootstrap_copy");
        broker = Broker.start(directory);
        commandSide = Side.command(store, List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.publish.enabled=true", "--gongkai.kafka.partitions=3",
                // a burned position is taken to be permanent after this long; the test need not wait the minute
                "--gongkai.kafka.publish.gap-timeout=2s"), directory);
    }

    @AfterAll
    static void stopEveryPart() {
        Parts.stop(replica, commandSide, broker, copy, store);
    }

    @Test
    @Order(1)
    void given_a_topic_whose_first_records_were_deleted_when_a_new_replica_starts_then_every_figure_is_a_503_naming_them()
            throws Exception {
        List<String> organs = new ArrayList<>();
        for (int i = 0; i < ORGANS; i++) {
            organs.add(AccessMatrixTest.organ(organ(i), null));
        }
        send(organs);
        sendApplications(0, 60);
        firstBurned = burnAPosition();
        sendApplications(60, 120);
        lastDeleted = head();
        awaitPublishedUpTo(lastDeleted);
        deleteEveryRecordOfTheEventsTopic();
        sendApplications(120, 160);
        secondBurned = burnAPosition();
        sendApplications(160, 200);

        replica = Side.query("replica", copy, replicaSettings(List.of()), directory);

        String missing = "1-" + lastDeleted;
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(problem(replica.api().get(report(0))).path("missingPositions").asText())
                        .isEqualTo(missing));
        awaitCopied(head());
        assertEveryFigureWithheld(missing, lastDeleted);
        assertThat(replica.api().get("/api/v1/organs").statusCode()).as("the organs list holds no figure")
                .isEqualTo(200);
        JsonNode description = replica.api().read(replica.api().get("/v3/api-docs").body());
        assertThat(description.at("/paths/~1api~1v1~1organs~1{organ}~1reports~1{year}/get/responses/503/content")
                .has("application/problem+json")).as("the replica's description declares the 503 as a problem")
                .isTrue();
        assertThat(description.at("/paths/~1api~1v1~1organs/get/responses/503").isMissingNode()).isTrue();
    }

    @Test
    @Order(2)
    void given_rows_removed_from_the_copy_then_the_problem_names_them_too() throws Exception {
        long first = lastDeleted + 20;
        long last = lastDeleted + 24;
        execute(copy, "delete from replicatedevent where globalIndex between " + first + " and " + last);

        String missing = "1-" + lastDeleted + "," + first + "-" + last;
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(problem(replica.api().get(report(1))).path("missingPositions").asText())
                        .isEqualTo(missing));
        assertEveryFigureWithheld(missing, lastDeleted + 5);
    }

    @Test
    @Order(3)
    void given_the_command_sides_store_as_its_source_when_the_replica_starts_again_then_it_is_whole_and_counts_each_event_once()
            throws Exception {
        replica.close();
        replica = Side.query("replica from the store", copy, replicaSettings(List.of(
                "--gongkai.kafka.replicate.bootstrap.url=" + commandSide.url(),
                "--gongkai.kafka.replicate.bootstrap.token=" + TestAccess.BOOTSTRAP_TOKEN)), directory);

        awaitWhole();
        assertThat(count(copy, "select count(*) from replica_absent where " + firstBurned
                + " between first_position and last_position")).as("the burned position the store's export named")
                .isOne();
        assertThat(count(copy, "select count(*) from replica_absent where " + secondBurned
                + " between first_position and last_position")).as("the burned position a watermark named").isOne();
        String digest = replica.api().getJson(report(2)).get("digest").asText();

        execute(copy, "delete from replicatedevent where globalIndex between 40 and 49");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                count(copy, "select count(*) from replicatedevent where globalIndex between 40 and 49") == 10);
        awaitWhole();
        assertThat(replica.api().getJson(report(2)).get("digest").asText()).as("the same history, the same digest")
                .isEqualTo(digest);
    }

    private static void awaitWhole() throws SQLException {
        Api api = replica.api();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(api.as(null).get(FIGURES_HEALTH).statusCode()).isEqualTo(200);
            assertEveryOrganMatches(api);
        });
        assertThat(metric(api, "gongkai_replica_missing_positions")).isZero();
        assertThat(rows(copy, "replicatedevent")).as("the copy is the store, byte for byte, each event once")
                .isEqualTo(rows(store, "domainevententry"));
    }

    private static void assertEveryFigureWithheld(String missing, long count) {
        Api api = replica.api();
        for (String path : List.of(report(0), report(1) + "?asOf=2025-06-30T09:00:00%2B08:00",
                report(2) + "?format=html", "/api/v1/organs/" + organ(0) + "/dashboard",
                "/api/v1/organs/" + organ(1) + "/applications?status=open",
                "/api/v1/organs/" + organ(2) + "/events")) {
            HttpResponse<String> answer = api.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            JsonNode problem = api.read(answer.body());
            assertThat(problem.path("type").asText()).isEqualTo("urn:gongkai:problem:history-incomplete");
            assertThat(problem.path("missingPositions").asText()).as(path).isEqualTo(missing);
            assertThat(problem.path("detail").asText()).contains(missing);
        }
        HttpResponse<String> health = api.as(null).get(FIGURES_HEALTH);
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode details = api.read(health.body()).path("components").path("replica");
        assertThat(details.path("status").asText()).isEqualTo("DOWN");
        assertThat(details.path("details").path("missingPositions").asText()).isEqualTo(missing);
        assertThat(metric(api, "gongkai_replica_missing_positions")).isEqualTo(count);
    }

    private static List<String> replicaSettings(List<String> more) {
        List<String> settings = new ArrayList<>(List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.replicate.enabled=true", "--gongkai.kafka.replicate.group=independent-replica",
                "--gongkai.kafka.replicate.full-check-interval=1s"));
        settings.addAll(more);
        return settings;
    }

    private static void sendApplications(int from, int to) {
        List<String> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String organ = organ(i % ORGANS);
            String outcome = OUTCOMES[i % OUTCOMES.length];
            String id = "R-" + i;
            events.add(event(id + "-r", "gongkai.application.received", "{\"organ\":\"" + organ
                    + "\",\"applicationId\":\"" + id + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\""
                    + LocalDate.of(2025, 2, 3).plusDays(i % 100) + "\"}"));
            events.add(event(id + "-d", "gongkai.application.decided", "{\"organ\":\"" + organ
                    + "\",\"applicationId\":\"" + id + "\",\"decidedOn\":\"" + LocalDate.of(2025, 6, 2).plusDays(i % 100)
                    + "\",\"outcome\":\"" + outcome + "\"}"));
            Map<String, Integer> cells = sent.computeIfAbsent(organ, o -> new TreeMap<>());
            cells.merge("RECEIVED/NATURAL_PERSON", 1, Integer::sum);
            cells.merge(outcome + "/TOTAL", 1, Integer::sum);
        }
        send(events);
    }

    private static void send(List<String> events) {
        commandSide.api().sendBatch(("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8));
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

    /** Takes a position in the store and rolls back, as a refused or crashed append does: a permanent hole. */
    private static long burnAPosition() throws SQLException {
        try (Connection connection = store.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 ResultSet position = statement.executeQuery("insert into domainevententry (eventIdentifier, "
                         + "payload, payloadType, timeStamp, aggregateIdentifier, sequenceNumber, type) values "
                         + "('burned', '\\x7b7d', 'burned', '2025-01-01T00:00:00Z', 'burned', 0, 'burned') "
                         + "returning globalIndex")) {
                position.next();
                return position.getLong(1);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void awaitPublishedUpTo(long position) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> metric(commandSide.api(), "gongkai_kafka_publish_lag") == 0 && head() >= position);
    }

    private static void awaitCopied(long position) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(copy, "select coalesce(min(position), -1) from replica_watermark") >= position);
    }

    /** What retention would do to the topic's first months: every record written so far, deleted. */
    private static void deleteEveryRecordOfTheEventsTopic() throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", broker.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(KafkaContract.EVENTS_TOPIC))
                    .allTopicNames().get().get(KafkaContract.EVENTS_TOPIC).partitions().stream()
                    .map(p -> new TopicPartition(KafkaContract.EVENTS_TOPIC, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> before = new TreeMap<>((a, b) -> a.partition() - b.partition());
            admin.listOffsets(latest).all().get().forEach((partition, end) ->
                    before.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(before).all().get();
        }
    }

    private static long head() throws SQLException {
        return count(store, "select coalesce(max(globalIndex), 0) from domainevententry");
    }

    private static String report(int organ) {
        return "/api/v1/organs/" + organ(organ) + "/reports/2025";
    }

    private static String organ(int i) {
        return "replica-organ-" + i;
    }

    private static String event(String id, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/replica/test\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    private static JsonNode problem(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        return new Api(0).read(answer.body());
    }

    private static long metric(Api api, String name) {
        long total = 0;
        for (String line : api.get("/actuator/prometheus").body().split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** A digest of every row of an event table in position order: equal tables, equal digests. */
    private static String rows(PostgresTestDatabase database, String table) throws SQLException {
        try (Connection connection = database.connect();
             ResultSet digest = connection.createStatement().executeQuery("select count(*) || ':' || md5(string_agg("
                     + "globalIndex || '|' || eventIdentifier || '|' || encode(payload, 'hex') || '|' || "
                     + "coalesce(encode(metaData, 'hex'), '') || '|' || coalesce(payloadRevision, '') || '|' || "
                     + "payloadType || '|' || timeStamp || '|' || aggregateIdentifier || '|' || sequenceNumber || "
                     + "'|' || coalesce(type, ''), ',' order by globalIndex)) from " + table)) {
            digest.next();
            return digest.getString(1);
        }
    }

    private static void execute(PostgresTestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(PostgresTestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
