package cn.gongkai.local;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Future;

import static cn.gongkai.local.IngestLoad.event;
import static cn.gongkai.local.IngestLoad.record;
import static cn.gongkai.local.IngestLoad.source;
import static cn.gongkai.local.IngestLoad.structured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Distributed mode end to end, every part a process of its own: a real KRaft broker, the command side consuming
 * {@code gongkai.ingest.v1} and publishing {@code gongkai.events.v1}, two query sides copying the events topic into
 * PostgreSQL and answering reports. Refused records reach the dead-letter topic with their reasons; 20,000 events
 * sent while the command side, a query side and the broker are each killed and started again are all counted,
 * exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaDistributedModeTest {

    private static final int ORGANS = 10;
    private static final int APPLICATIONS = 10_000;
    private static final IngestLoad load = new IngestLoad("kafka-organ", ORGANS);

    @TempDir
    static Path directory;
    private static PostgresTestDatabase database;
    private static Broker broker;
    private static Side commandSide;
    private static Side queryA;
    private static Side queryB;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void startEveryPart() {
        database = PostgresTestDatabase.create("kafka");
        broker = Broker.start(directory);
        List<String> command = new ArrayList<>(List.of(
                "--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.ingest.enabled=true",
                "--gongkai.kafka.publish.enabled=true",
                // A crash leaves a position that will never be filled; the test need not wait the default minute.
                "--gongkai.kafka.publish.gap-timeout=5s"));
        command.addAll(load.sources(0));
        command.add("--gongkai.kafka.ingest.sources[" + ORGANS + "].source=" + HostileInputs.SOURCE);
        command.add("--gongkai.kafka.ingest.sources[" + ORGANS + "].organs[0]=" + HostileInputs.ORGAN);
        commandSide = Side.command(database, command, directory);
        List<String> query = List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.replicate.enabled=true");
        queryA = Side.query("query side a", database, query, directory);
        queryB = Side.query("query side b", database, query, directory);
        assertThat(commandSide.api().post("/api/v1/events", Api.BATCH, load.organRegistrations()).statusCode())
                .isEqualTo(200);
        producer = IngestLoad.producer(broker.bootstrapServers());
    }

    @AfterAll
    static void stopEveryPart() {
        Parts.stop(producer, queryB, queryA, commandSide, broker, database);
    }

    @Test
    @Order(1)
    void a_refused_record_is_dead_lettered_with_its_rule_reason_and_origin_and_nothing_of_it_is_appended()
            throws Exception {
        String organ = organ(0);
        Map<String, RecordMetadata> sent = new TreeMap<>();
        sent.put("MALFORMED_RECORD", send(record(organ, "{not json".getBytes(StandardCharsets.UTF_8), null)));
        sent.put("SOURCE_NOT_AUTHORISED", send(structured(organ,
                event("dlt-1", "urn:unregistered", "gongkai.application.received", received(organ, "DLT-1", 0)))));
        sent.put("ORGAN_NOT_PERMITTED", send(structured(organ,
                event("dlt-2", source(organ), "gongkai.application.received", received(organ(1), "DLT-2", 0)))));
        String goodThenBad = "[" + event("dlt-3", source(organ), "gongkai.application.received",
                received(organ, "DLT-3", 0)) + "," + event("dlt-4", source(organ), "gongkai.application.decided",
                "{\"organ\":\"" + organ + "\",\"applicationId\":\"DLT-NEVER-RECEIVED\",\"decidedOn\":\"2025-03-01\","
                        + "\"outcome\":\"DISCLOSED\"}") + "]";
        RecordMetadata batch = send(record(organ, goodThenBad.getBytes(StandardCharsets.UTF_8),
                "application/cloudevents-batch+json"));

        List<ConsumerRecord<byte[], byte[]>> letters = awaitDeadLetters(4);

        Map<String, ConsumerRecord<byte[], byte[]>> byOffset = new HashMap<>();
        letters.forEach(letter -> byOffset.put(header(letter, KafkaContract.DLT_OFFSET), letter));
        sent.forEach((rule, metadata) -> {
            ConsumerRecord<byte[], byte[]> letter = byOffset.get(Long.toString(metadata.offset()));
            assertThat(letter).as("the dead letter of the %s record", rule).isNotNull();
            assertThat(header(letter, KafkaContract.DLT_RULE)).isEqualTo(rule);
            assertThat(header(letter, KafkaContract.DLT_REASON)).isNotBlank();
            assertThat(header(letter, KafkaContract.DLT_TOPIC)).isEqualTo(KafkaContract.INGEST_TOPIC);
            assertThat(header(letter, KafkaContract.DLT_PARTITION)).isEqualTo(Integer.toString(metadata.partition()));
        });
        ConsumerRecord<byte[], byte[]> batchLetter = byOffset.get(Long.toString(batch.offset()));
        assertThat(batchLetter).as("the batch with one bad event").isNotNull();
        assertThat(header(batchLetter, KafkaContract.DLT_REASON)).contains("nothing was appended");
        assertThat(new String(batchLetter.value(), StandardCharsets.UTF_8)).isEqualTo(goodThenBad);
        assertThat(count("select count(*) from ingested_cloud_event where id like 'dlt-%'"))
                .as("no event of a refused record is appended").isZero();
        assertThat(metric(commandSide.api(), "gongkai_kafka_dead_letters_total")).isEqualTo(4);
    }

    @Test
    @Order(2)
    void every_hostile_record_is_dead_lettered_naming_its_cause_and_changes_nothing() throws Exception {
        long position = 0;
        for (byte[] batch : HostileInputs.setUp()) {
            position = commandSide.api().sendBatch(batch).get("position").asLong();
        }
        JsonNode before = queryA.api().reportAtLeastAt(HostileInputs.ORGAN, 2025, position);
        long eventsBefore = count("select count(*) from domainevententry");
        long keysBefore = count("select count(*) from ingested_cloud_event");
        long lettersBefore = readDeadLetters().size();

        List<HostileInputs.Hostile> inputs = new HostileInputs(LocalDate.now(ZoneId.of("Asia/Shanghai"))).all()
                .stream().filter(input -> input.body().length < MAX_RECORD).toList();
        Map<String, String> sent = new HashMap<>();
        List<Future<RecordMetadata>> sending = new ArrayList<>();
        for (HostileInputs.Hostile input : inputs) {
            sending.add(producer.send(record(HostileInputs.ORGAN, input.body(), input.contentType())));
        }
        for (int i = 0; i < inputs.size(); i++) {
            RecordMetadata metadata = sending.get(i).get();
            sent.put(metadata.partition() + "@" + metadata.offset(), inputs.get(i).what());
        }

        List<ConsumerRecord<byte[], byte[]>> letters = awaitDeadLetters((int) lettersBefore + inputs.size());
        Map<String, ConsumerRecord<byte[], byte[]>> byOrigin = new HashMap<>();
        letters.forEach(letter -> byOrigin.put(header(letter, KafkaContract.DLT_PARTITION) + "@"
                + header(letter, KafkaContract.DLT_OFFSET), letter));
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> rules = new TreeMap<>();
        sent.forEach((origin, what) -> {
            ConsumerRecord<byte[], byte[]> letter = byOrigin.get(origin);
            if (letter == null) {
                wrong.add(what + ": no dead letter");
            } else if (isBlank(header(letter, KafkaContract.DLT_RULE)) || isBlank(header(letter, KafkaContract.DLT_REASON))) {
                wrong.add(what + ": a dead letter without rule or reason");
            } else {
                rules.merge(header(letter, KafkaContract.DLT_RULE), 1, Integer::sum);
            }
        });
        System.out.printf("%d hostile records dead-lettered: %s%n", inputs.size(), rules);

        assertThat(inputs).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(wrong).as("hostile records not dead-lettered with their cause").isEmpty();
        assertThat(count("select count(*) from domainevententry")).isEqualTo(eventsBefore);
        assertThat(count("select count(*) from ingested_cloud_event")).isEqualTo(keysBefore);
        JsonNode after = queryA.api().getJson("/api/v1/organs/" + HostileInputs.ORGAN + "/reports/2025");
        assertThat(after.get("digest").asText()).isEqualTo(before.get("digest").asText());
    }

    @Test
    @Order(3)
    void twenty_thousand_events_are_counted_exactly_once_through_crashes_of_every_part() throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = load.applications(0, APPLICATIONS);
        long before = count("select count(*) from ingested_cloud_event");
        int lettersBefore = readDeadLetters().size();

        List<Future<RecordMetadata>> sending = new ArrayList<>();
        records.forEach(record -> sending.add(producer.send(record)));

        awaitCount("select count(*) from ingested_cloud_event", before + 4_000);
        commandSide.kill();
        commandSide.startAgain();

        awaitCount("select count(*) from replicatedevent", before + 8_000);
        queryA.kill();
        queryA.startAgain();

        awaitCount("select count(*) from ingested_cloud_event", before + 13_000);
        broker.kill();
        broker.startAgain();
        for (Future<RecordMetadata> future : sending) {
            future.get();
        }

        List<ProducerRecord<byte[], byte[]>> redelivered = records.subList(0, 300);
        for (ProducerRecord<byte[], byte[]> record : redelivered) {
            producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()))
                    .get();
        }

        for (Side querySide : List.of(queryA, queryB)) {
            Api api = querySide.api();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> load.assertEveryOrganMatches(api));
        }
        assertThat(count("select count(*) from ingested_cloud_event") - before)
                .as("every event appended once").isEqualTo(2L * APPLICATIONS);
        assertThat(count("select count(*) from replicatedevent"))
                .as("the query side's copy holds each stored event once")
                .isEqualTo(count("select count(*) from domainevententry"));
        assertThat(duplicatesAnswered(commandSide.api())).as("the redelivered records were answered as duplicates")
                .isGreaterThanOrEqualTo(redelivered.size());
        assertThat(readDeadLetters()).as("no good record was dead-lettered").hasSize(lettersBefore);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            assertThat(metric(commandSide.api(), "gongkai_kafka_publish_lag")).as("publish lag").isZero();
            assertThat(metric(commandSide.api(), "gongkai_kafka_consumer_lag")).as("ingestion lag").isZero();
            assertThat(metric(queryA.api(), "gongkai_kafka_consumer_lag")).as("copy lag, a").isZero();
            assertThat(metric(queryB.api(), "gongkai_kafka_consumer_lag")).as("copy lag, b").isZero();
        });
    }

    private static String organ(int i) {
        return load.organ(i);
    }

    private static String received(String organ, String id, int day) {
        return "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id + "\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"receivedOn\":\"" + java.time.LocalDate.of(2025, 3, 1).plusDays(day) + "\"}";
    }

    private static RecordMetadata send(ProducerRecord<byte[], byte[]> record) throws Exception {
        return producer.send(record).get();
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitDeadLetters(int expected) {
        List<List<ConsumerRecord<byte[], byte[]>>> seen = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<ConsumerRecord<byte[], byte[]>> letters = readDeadLetters();
            seen.add(0, letters);
            return letters.size() >= expected;
        });
        return seen.get(0);
    }

    /** Every record on the dead-letter topic, read from the beginning to the end as it is now. */
    private static List<ConsumerRecord<byte[], byte[]>> readDeadLetters() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaContract.DEAD_LETTER_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
            }
            return letters;
        }
    }

    /** The broker's default largest record (1 MB): a larger one is refused to the producer, never stored. */
    private static final int MAX_RECORD = 1_000_000;

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
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

    private static long duplicatesAnswered(Api api) {
        long total = 0;
        for (String line : api.get("/actuator/prometheus").body().split("\n")) {
            if (line.startsWith("gongkai_ingest_events_total") && line.contains("status=\"duplicate\"")) {
                total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void awaitCount(String sql, long atLeast) {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).until(() -> count(sql) >= atLeast);
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
