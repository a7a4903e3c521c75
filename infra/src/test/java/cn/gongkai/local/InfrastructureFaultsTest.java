package cn.gongkai.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults of what Gongkai runs on, under load, in distributed mode: the command side ingesting from Kafka and
 * publishing its store, two independent replicas (each its own consumer group and database) answering reports, all
 * on a PostgreSQL server and a broker of the test's own. PostgreSQL restarted and crashed during an ingestion, and
 * the broker killed while the publisher works through a backlog: afterwards every replica's every cell equals what
 * was sent, each event counted once, and the audits agree.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureFaultsTest {

    private static final int ORGANS = 8;
    /**
     * Applications (two events each) ingested from Kafka while PostgreSQL restarts and crashes; 6,000 in the suite,
     * {@code -Dfaults.applications=50000} for the 100,000 events (README, Tests).
     */
    private static final int INGESTED = Integer.getInteger("faults.applications", 6_000);
    /** Applications (two events each) appended while the broker is away, published as a backlog when it is back. */
    private static final int BACKLOG = Integer.getInteger("faults.applications", 6_000);
    private static final int PER_REQUEST = 100;
    /** A connection waited for 5 s rather than 30 before a failure is said: the outage is felt, and over, sooner. */
    private static final String QUICK_TO_NOTICE = "--spring.datasource.hikari.connection-timeout=5000";
    /** A replica that takes no step for this long has stopped. */
    private static final Duration STALL = Duration.ofMinutes(2);
    private static final String RETRIED = "could not be ingested now; it will be tried again";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path directory;
    private static PostgresServer postgres;
    private static PostgresServer.Database store;
    private static PostgresServer.Database copyA;
    private static PostgresServer.Database copyB;
    private static Broker broker;
    private static Side commandSide;
    private static Side replicaA;
    private static Side replicaB;
    private static KafkaProducer<byte[], byte[]> producer;
    private static final IngestLoad load = new IngestLoad("fault-organ", ORGANS);

    @BeforeAll
    static void startEveryPart() {
        postgres = PostgresServer.start();
        store = postgres.database("store");
        copyA = postgres.database("replica_a");
        copyB = postgres.database("replica_b");
        broker = Broker.start(directory);
        List<String> command = new ArrayList<>(List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.ingest.enabled=true", "--gongkai.kafka.publish.enabled=true", QUICK_TO_NOTICE,
                // a crash of the database burns positions that will never be filled; no need to wait a minute
                "--gongkai.kafka.publish.gap-timeout=5s"));
        command.addAll(load.sources(0));
        commandSide = Side.command(store, command, directory);
        replicaA = Side.query("replica a", copyA, replica("replica-a"), directory);
        replicaB = Side.query("replica b", copyB, replica("replica-b"), directory);
        commandSide.api().sendBatch(load.organRegistrations());
        producer = IngestLoad.producer(broker.bootstrapServers());
    }

    @AfterAll
    static void stopEveryPart() {
        Parts.stop(producer, replicaB, replicaA, commandSide, broker, postgres);
    }

    @Test
    @Order(1)
    void given_a_kafka_ingestion_when_postgresql_restarts_and_then_crashes_then_every_replica_counts_each_event_once()
            throws Exception {
        long before = count(store, "select count(*) from ingested_cloud_event");
        List<Future<RecordMetadata>> sending = new ArrayList<>();
        for (ProducerRecord<byte[], byte[]> record : load.applications(0, INGESTED)) {
            sending.add(producer.send(record));
        }

        awaitCount(store, "select count(*) from ingested_cloud_event", before + INGESTED / 2);
        postgres.restartFast();

        awaitCount(store, "select count(*) from ingested_cloud_event", before + INGESTED);
        long retriedBefore = linesSaying(commandSide, RETRIED);
        postgres.crash();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> linesSaying(commandSide, RETRIED) > retriedBefore);
        postgres.startAgain();
        for (Future<RecordMetadata> sent : sending) {
            sent.get();
        }

        awaitEveryReplicaMatches();
        assertThat(count(store, "select count(*) from ingested_cloud_event") - before)
                .as("every event appended once").isEqualTo(2L * INGESTED);
        assertEveryCopyIsTheStoreAndVerifies();
    }

    @Test
    @Order(2)
    void given_a_backlog_being_published_when_the_broker_is_killed_mid_batch_then_the_replicas_converge_counting_nothing_twice()
            throws Exception {
        broker.kill();
        for (int from = INGESTED; from < INGESTED + BACKLOG; from += PER_REQUEST) {
            commandSide.api().sendBatch(load.batch(from, from + PER_REQUEST));
        }
        long head = count(store, "select count(*) from domainevententry");
        long copiedBefore = count(copyA, "select count(*) from replicatedevent");
        broker.startAgain();

        awaitCount(copyA, "select count(*) from replicatedevent", copiedBefore + BACKLOG / 5);
        broker.kill();
        long copiedAtKill = count(copyA, "select count(*) from replicatedevent");
        broker.startAgain();

        assertThat(copiedAtKill).as("the broker was killed while the backlog was being published").isLessThan(head);
        awaitEveryReplicaMatches();
        assertEveryCopyIsTheStoreAndVerifies();
    }

    private static List<String> replica(String group) {
        return List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(), QUICK_TO_NOTICE,
                "--gongkai.kafka.replicate.enabled=true", "--gongkai.kafka.replicate.group=" + group);
    }

    private static void awaitEveryReplicaMatches() {
        awaitMatches(replicaA.api(), copyA);
        awaitMatches(replicaB.api(), copyB);
    }

    /**
     * Waits until the replica's every cell is what was sent, for as long as its copy or its projections keep moving:
     * a replica that stopped fails after {@link #STALL} without a step, one that is merely slow (a loaded machine, the
     * 100,000-event run) is given the time it needs.
     */
    private static void awaitMatches(Api api, PostgresServer.Database copy) {
        if (!awaitWhileMoving("every cell of the replica as sent", () -> load.matches(api), () -> progressOf(copy))) {
            load.assertEveryOrganMatches(api);
        }
    }

    /**
     * Waits until {@code done}, for as long as {@code progress} keeps rising; false when it stood still for
     * {@link #STALL} first.
     */
    private static boolean awaitWhileMoving(String what, Callable<Boolean> done, Callable<Long> progress) {
        while (true) {
            long reached = reached(progress);
            boolean[] finished = {false};
            try {
                await(what + ", or a step on from " + reached).atMost(STALL).pollInterval(Duration.ofMillis(200))
                        .ignoreExceptions().until(() -> {
                            finished[0] = done.call();
                            return finished[0] || progress.call() > reached;
                        });
            } catch (ConditionTimeoutException stalled) {
                return false;
            }
            if (finished[0]) {
                return true;
            }
        }
    }

    /** Where {@code progress} stands now; the least value while it cannot be read (the database is away). */
    private static long reached(Callable<Long> progress) {
        try {
            return progress.call();
        } catch (Exception away) {
            return Long.MIN_VALUE;
        }
    }

    /** How far a replica has come: the events its copy holds plus the position its projections reached. */
    private static long progressOf(PostgresServer.Database copy) throws SQLException {
        return count(copy, "select (select count(*) from replicatedevent) "
                + "+ coalesce((select max(position) from projection_position), 0)");
    }

    /** Each replica's copy holds each stored event once, a replay gives its live figures, and the chain is whole. */
    private static void assertEveryCopyIsTheStoreAndVerifies() throws SQLException {
        long stored = count(store, "select count(*) from domainevententry");
        assertThat(count(copyA, "select count(*) from replicatedevent")).as("replica a's copy").isEqualTo(stored);
        assertThat(count(copyB, "select count(*) from replicatedevent")).as("replica b's copy").isEqualTo(stored);
        for (Side replica : List.of(replicaA, replicaB)) {
            assertThat(replica.api().postForJson("/api/v1/audit/replay-verification").get("status").asText())
                    .as("replay verification on %s", replica.log().getFileName()).isEqualTo("MATCH");
        }
        Api command = commandSide.api();
        await().atMost(Duration.ofMinutes(1)).until(() ->
                command.postForJson("/api/v1/audit/chain-verification").get("eventsNotYetChained").asLong() == 0);
        JsonNode chain = command.postForJson("/api/v1/audit/chain-verification");
        assertThat(chain.get("status").asText()).as("the hash chain: %s", chain).isEqualTo("INTACT");
    }

    /** How many lines of the side's log say the words (the side has felt a fault). */
    private static long linesSaying(Side side, String words) {
        try (Stream<String> lines = Files.lines(side.log())) {
            return lines.filter(line -> line.contains(words)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitCount(PostgresServer.Database database, String sql, long atLeast) {
        Callable<Long> counted = () -> count(database, sql);
        assertThat(awaitWhileMoving(sql + " >= " + atLeast, () -> counted.call() >= atLeast, counted))
                .as("%s reached %d before it stood still for %s", sql, atLeast, STALL).isTrue();
    }

    private static long count(PostgresServer.Database database, String sql) throws SQLException {
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
