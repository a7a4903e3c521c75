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
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
import java.util.stream.IntStream;

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
    private static final String[] TYPES = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "LEGAL_SERVICE_INSTITUTION"};
    private static final String[] OUTCOMES = {"DISCLOSED", "PARTIALLY_DISCLOSED", "UNAVAILABLE_NOT_HELD",
            "NOT_PROCESSED_REPEATED", "WITHHELD_STATE_SECRET"};

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
        for (int i = 0; i < ORGANS; i++) {
            command.add("--gongkai.kafka.ingest.sources[" + i + "].source=" + source(organ(i)));
            command.add("--gongkai.kafka.ingest.sources[" + i + "].organs[0]=" + organ(i));
        }
        command.add("--gongkai.kafka.ingest.sources[" + ORGANS + "].source=" + HostileInputs.SOURCE);
        command.add("--gongkai.kafka.ingest.sources[" + ORGANS + "].organs[0]=" + HostileInputs.ORGAN);
        commandSide = Side.command(database, command, directory);
        List<String> query = List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.replicate.enabled=true");
        queryA = Side.query("query side a", database, query, directory);
        queryB = Side.query("query side b", database, query, directory);
        String organs = String.join(",", IntStream.range(0, ORGANS)
                .mapToObj(i -> AccessMatrixTest.organ(organ(i), null)).toList());
        assertThat(commandSide.api().post("/api/v1/events", Api.BATCH,
                ("[" + organs + "]").getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        producer = producer();
    }

    @AfterAll
    static void stopEveryPart() {
        for (AutoCloseable part : new AutoCloseable[]{producer, queryB, queryA, commandSide, broker, database}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception ignored) {
                // the next part still has to stop
            }
        }
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
        Truth truth = new Truth();
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            records.addAll(application(i, truth));
        }
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
                    .untilAsserted(() -> truth.assertEveryOrganMatches(api));
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

    /** What was sent, organ by organ: receipts by applicant type and decisions by outcome. */
    private static final class Truth {
        private final Map<String, Map<String, Integer>> cells = new TreeMap<>();

        /** One more in the row's column (none for a result row, counted in its total only) and in its total. */
        void add(String organ, String row, String column) {
            Map<String, Integer> organCells = cells.computeIfAbsent(organ, o -> new TreeMap<>());
            if (column != null) {
                organCells.merge(row + "/" + column, 1, Integer::sum);
            }
            organCells.merge(row + "/TOTAL", 1, Integer::sum);
        }

        void assertEveryOrganMatches(Api api) {
            cells.forEach((organ, expected) -> {
                JsonNode report = api.getJson("/api/v1/organs/" + organ + "/reports/2025");
                expected.forEach((cell, value) -> assertThat(report.at("/applications/" + cell).asText())
                        .as("%s %s", organ, cell).isEqualTo(Integer.toString(value)));
                int decided = expected.entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("RECEIVED/") && e.getKey().endsWith("/TOTAL"))
                        .mapToInt(Map.Entry::getValue).sum();
                assertThat(report.at("/applications/RESULT_TOTAL/TOTAL").asText()).as("%s decided", organ)
                        .isEqualTo(Integer.toString(decided));
            });
        }
    }

    /** One application, received and decided, in one of three shapes: a batch, structured or binary singles. */
    private static List<ProducerRecord<byte[], byte[]>> application(int i, Truth truth) {
        String organ = organ(i % ORGANS);
        String id = "K-" + i;
        String type = TYPES[i % TYPES.length];
        String outcome = OUTCOMES[(i / 3) % OUTCOMES.length];
        truth.add(organ, "RECEIVED", type);
        truth.add(organ, outcome, null);
        String receipt = "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id + "\",\"applicantType\":\"" + type
                + "\",\"receivedOn\":\"" + java.time.LocalDate.of(2025, 1, 2).plusDays(i % 150) + "\"}";
        String decision = "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id + "\",\"decidedOn\":\""
                + java.time.LocalDate.of(2025, 7, 1).plusDays(i % 150) + "\",\"outcome\":\"" + outcome + "\"}";
        String received = event(id + "-r", source(organ), "gongkai.application.received", receipt);
        String decided = event(id + "-d", source(organ), "gongkai.application.decided", decision);
        return switch (i % 3) {
            case 0 -> List.of(record(organ, ("[" + received + "," + decided + "]").getBytes(StandardCharsets.UTF_8),
                    "application/cloudevents-batch+json"));
            case 1 -> List.of(structured(organ, received),
                    binary(organ, id + "-d", "gongkai.application.decided", decision));
            default -> List.of(binary(organ, id + "-r", "gongkai.application.received", receipt),
                    structured(organ, decided));
        };
    }

    private static String organ(int i) {
        return String.format("kafka-organ-%02d", i);
    }

    private static String source(String organ) {
        return "urn:gongkai:test:" + organ;
    }

    private static String received(String organ, String id, int day) {
        return "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id + "\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"receivedOn\":\"" + java.time.LocalDate.of(2025, 3, 1).plusDays(day) + "\"}";
    }

    private static String event(String id, String source, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    private static ProducerRecord<byte[], byte[]> structured(String organ, String event) {
        return record(organ, event.getBytes(StandardCharsets.UTF_8), "application/cloudevents+json");
    }

    private static ProducerRecord<byte[], byte[]> binary(String organ, String id, String type, String data) {
        ProducerRecord<byte[], byte[]> record = record(organ, data.getBytes(StandardCharsets.UTF_8), "application/json");
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", source(organ).getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ProducerRecord<byte[], byte[]> record(String organ, byte[] value, String contentType) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(KafkaContract.INGEST_TOPIC, null,
                organ.getBytes(StandardCharsets.UTF_8), value);
        if (contentType != null) {
            record.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static RecordMetadata send(ProducerRecord<byte[], byte[]> record) throws Exception {
        return producer.send(record).get();
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("delivery.timeout.ms", "300000");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
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
