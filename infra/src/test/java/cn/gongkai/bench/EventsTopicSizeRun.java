package cn.gongkai.bench;

import cn.gongkai.command.kafka.EventPublisher;
import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.local.Broker;
import cn.gongkai.local.GongkaiLocalApplication;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;

/**
 * What the events topic costs on the broker's disk, which keeps every record for ever: a generated province (the
 * benchmark's mix of events) sent over REST to the service publishing to a real broker, then the bytes of the topic's
 * partitions (AdminClient {@code describeLogDirs}) per event published, and a year of the standard province
 * (BENCHMARKS.md: about 1,100 organs, a million events in two years) at that rate. Then events sent one request at a
 * time, as a trickle through the day would come: each is a Kafka batch of its own followed by a watermark on every
 * partition. Measures and judges nothing; run by hand (README, "The events topic"):
 * <pre>mvn -B -pl infra -am verify -DskipITs -Dtest=EventsTopicSizeRun -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class EventsTopicSizeRun {

    /** The standard province's events in a year: 1,005,586 over its two years (BENCHMARKS.md). */
    static final long PROVINCE_EVENTS_A_YEAR = 1_005_586 / 2;
    static final int ORGANS = Integer.getInteger("size.organs", 1_100);
    static final int APPLICATIONS = Integer.getInteger("size.applications", 50_000);
    static final int TRICKLE = Integer.getInteger("size.trickle", 300);

    @TempDir
    Path directory;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        Province province = Province.generate(ORGANS, APPLICATIONS, 42);
        try (PostgresTestDatabase database = PostgresTestDatabase.create("topic_size");
             Broker broker = Broker.start(directory);
             ConfigurableApplicationContext service = start(database, broker);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            for (byte[] batch : province.batches(Benchmarks.BATCH)) {
                post(base, batch);
            }
            Tally bulk = published(service, admin, broker);

            for (int i = 0; i < TRICKLE; i++) {
                post(base, ("[" + receipt(i) + "]").getBytes(StandardCharsets.UTF_8));
            }
            Tally trickle = published(service, admin, broker).minus(bulk);

            System.out.printf("%nevents topic, %d partitions, on disk (describeLogDirs):%n", bulk.partitions());
            print("batches of " + Benchmarks.BATCH + " (the generated province)", bulk);
            print("one event a request (a trickle)", trickle);
            System.out.printf("a year of the standard province, %,d events: %.0f MiB in batches, %.0f MiB as a "
                            + "trickle%n", PROVINCE_EVENTS_A_YEAR,
                    PROVINCE_EVENTS_A_YEAR * bulk.bytesPerEvent() / (1 << 20),
                    PROVINCE_EVENTS_A_YEAR * trickle.bytesPerEvent() / (1 << 20));
        }
    }

    /**
     * The topic once every stored event is on it: bytes on disk, event records and watermarks, and the bytes of the
     * event records' keys, values and headers (the rest is Kafka's record and batch framing).
     */
    record Tally(int partitions, long events, long watermarks, long diskBytes, long keyBytes, long valueBytes,
                 long headerBytes) {

        Tally minus(Tally before) {
            return new Tally(partitions, events - before.events, watermarks - before.watermarks,
                    diskBytes - before.diskBytes, keyBytes - before.keyBytes, valueBytes - before.valueBytes,
                    headerBytes - before.headerBytes);
        }

        double bytesPerEvent() {
            return (double) diskBytes / events;
        }
    }

    private static void print(String how, Tally tally) {
        System.out.printf("  %s: %,d events, %,d watermark records, %,d bytes: %.0f bytes/event "
                        + "(key %.0f, value %.0f, headers %.0f, framing and watermarks %.0f)%n",
                how, tally.events(), tally.watermarks(), tally.diskBytes(), tally.bytesPerEvent(),
                per(tally.keyBytes(), tally), per(tally.valueBytes(), tally), per(tally.headerBytes(), tally),
                per(tally.diskBytes() - tally.keyBytes() - tally.valueBytes() - tally.headerBytes(), tally));
    }

    private static double per(long bytes, Tally tally) {
        return (double) bytes / tally.events();
    }

    private static Tally published(ConfigurableApplicationContext service, Admin admin, Broker broker)
            throws Exception {
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        long head = jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);
        EventPublisher publisher = service.getBean(EventPublisher.class);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> publisher.watermark() >= head);
        long diskBytes = 0;
        int partitions = 0;
        Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(List.of(1)).allDescriptions().get();
        for (LogDirDescription dir : dirs.get(1).values()) {
            for (var replica : dir.replicaInfos().entrySet()) {
                if (replica.getKey().topic().equals(KafkaContract.EVENTS_TOPIC)) {
                    diskBytes += replica.getValue().size();
                    partitions++;
                }
            }
        }
        RecordBytes records = new RecordBytes();
        read(broker, records::add);
        return new Tally(partitions, records.events, records.watermarks, diskBytes, records.keys, records.values,
                records.headers);
    }

    /** The topic's records as a consumer reads them: event records and their parts' bytes, and watermarks. */
    private static final class RecordBytes {
        long events;
        long watermarks;
        long keys;
        long values;
        long headers;

        void add(ConsumerRecord<byte[], byte[]> record) {
            if (record.key() == null) {
                watermarks++;
                return;
            }
            events++;
            keys += record.serializedKeySize();
            values += record.serializedValueSize();
            for (Header header : record.headers()) {
                headers += header.key().getBytes(StandardCharsets.UTF_8).length + header.value().length;
            }
        }
    }

    private static void read(Broker broker, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("max.poll.records", "5000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaContract.EVENTS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }

    /** A receipt of a new application by the province's government, as a department's system would send one. */
    private static String receipt(int i) {
        return "{\"specversion\":\"1.0\",\"id\":\"trickle-" + i + "\",\"source\":\"" + Province.SOURCE + "\","
                + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"province\",\"applicationId\":\"T-"
                + i + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"" + LocalDate.of(2025, 3, 3) + "\"}}";
    }

    private void post(String base, byte[] batch) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                .header("Content-Type", "application/cloudevents-batch+json")
                .header("Authorization", TestAccess.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ingestion refused a batch: " + response.body());
        }
    }

    private static ConfigurableApplicationContext start(PostgresTestDatabase database, Broker broker) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--gongkai.sample=none",
                "--logging.level.root=WARN", "--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.publish.enabled=true"));
        database.springProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES).run(args.toArray(String[]::new));
    }
}
