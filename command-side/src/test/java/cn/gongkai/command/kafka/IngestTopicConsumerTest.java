package cn.gongkai.command.kafka;

import cn.gongkai.command.CommandSideApplication;
import cn.gongkai.command.ingest.CloudEvent;
import cn.gongkai.command.ingest.CloudEventParser;
import cn.gongkai.command.ingest.EventsController;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.ParsedRequest;
import cn.gongkai.command.ingest.WriteScope;
import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The ingestion topic's consumer with its workers, on the real ingestion service and PostgreSQL, the topic held in
 * memory by a {@link TopicLog}: records of a partition go in together, partitions in parallel, a bad record alone
 * to the dead-letter topic, and a record tried again is counted once.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.config.name=command-side", "spring.datasource.hikari.maximum-pool-size=6"})
class IngestTopicConsumerTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("ingest_topic");
    static final String ORGAN_A = "kafka-organ-a";
    static final String ORGAN_B = "kafka-organ-b";
    static final String SOURCE_A = "urn:gongkai:test:kafka-a";
    static final String SOURCE_B = "urn:gongkai:test:kafka-b";
    static final AtomicInteger IDS = new AtomicInteger();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    IngestionService ingestion;
    @Autowired
    CloudEventParser parser;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    final TopicLog topic = new TopicLog(KafkaContract.INGEST_TOPIC, 2);
    final MockProducer<byte[], byte[]> deadLetterTopic =
            new MockProducer<>(true, new ByteArraySerializer(), new ByteArraySerializer());
    final AtomicLong lag = new AtomicLong(-1);
    IngestionService counted;
    IngestTopicConsumer consumer;

    @BeforeEach
    void organsAreRegistered() {
        String organs = "[" + event("organ-a", "urn:gongkai:test:admin", "gongkai.organ.registered",
                "{\"organ\":\"" + ORGAN_A + "\",\"name\":\"甲局\"}") + ","
                + event("organ-b", "urn:gongkai:test:admin", "gongkai.organ.registered",
                "{\"organ\":\"" + ORGAN_B + "\",\"name\":\"乙局\"}") + "]";
        ingestion.ingest(parser.parse(organs.getBytes(StandardCharsets.UTF_8), true));
        counted = Mockito.spy(ingestion);
    }

    @AfterEach
    void stopConsuming() {
        if (consumer != null) {
            consumer.stop();
        }
    }

    @Test
    void the_records_of_a_partition_go_in_as_one_request_and_the_partitions_in_parallel() {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> ids.add(send(0, received(SOURCE_A, ORGAN_A))));
        IntStream.range(0, 3).forEach(i -> ids.add(send(1, received(SOURCE_B, ORGAN_B))));
        CountDownLatch bothPartitions = new CountDownLatch(2);
        List<Boolean> metTheOther = Collections.synchronizedList(new ArrayList<>());
        Set<String> workers = ConcurrentHashMap.newKeySet();
        doAnswer(call -> {
            workers.add(Thread.currentThread().getName());
            bothPartitions.countDown();
            metTheOther.add(bothPartitions.await(30, TimeUnit.SECONDS));
            return call.callRealMethod();
        }).when(counted).ingestTogether(any(ParsedRequest.class), any(WriteScope.class));

        consumeUntilCommitted(Map.of(0, 4L, 1, 3L));

        ArgumentCaptor<ParsedRequest> requests = ArgumentCaptor.forClass(ParsedRequest.class);
        verify(counted, times(2)).ingestTogether(requests.capture(), any(WriteScope.class));
        assertThat(requests.getAllValues()).extracting(ParsedRequest::submitted).containsExactlyInAnyOrder(4, 3);
        requests.getAllValues().forEach(request -> assertThat(request.events()).extracting(CloudEvent::index)
                .as("the merged events numbered anew").containsExactlyElementsOf(
                        IntStream.range(0, request.submitted()).boxed().toList()));
        assertThat(metTheOther).as("each partition's call waited for the other's").containsExactly(true, true);
        assertThat(workers).hasSize(2).allMatch(name -> name.startsWith("kafka-ingest-worker-"));
        assertThat(keysIngested(ids)).isEqualTo(7);
        assertThat(deadLetterTopic.history()).isEmpty();
        assertThat(topic.threads()).as("only the consumer's own thread used it").containsExactly("kafka-ingest");
        await().atMost(Duration.ofSeconds(10)).until(() -> lag.get() == 0);
    }

    @Test
    void a_bad_record_is_dead_lettered_alone_and_the_good_records_around_it_are_appended() {
        List<String> good = new ArrayList<>();
        good.add(send(0, received(SOURCE_A, ORGAN_A)));
        good.add(send(0, received(SOURCE_A, ORGAN_A)));
        String forbidden = received(SOURCE_A, ORGAN_B);
        long forbiddenAt = topic.append(0, forbidden, EventsController.SINGLE);
        good.add(send(0, received(SOURCE_A, ORGAN_A)));
        good.add(send(1, received(SOURCE_B, ORGAN_B)));
        long malformedAt = topic.append(1, "{not json", EventsController.SINGLE);
        good.add(send(1, received(SOURCE_B, ORGAN_B)));

        consumeUntilCommitted(Map.of(0, 4L, 1, 3L));

        Map<String, ProducerRecord<byte[], byte[]>> letters = deadLettersByOrigin();
        assertThat(letters).containsOnlyKeys("0@" + forbiddenAt, "1@" + malformedAt);
        ProducerRecord<byte[], byte[]> refused = letters.get("0@" + forbiddenAt);
        assertThat(header(refused, KafkaContract.DLT_RULE)).isEqualTo("ORGAN_NOT_PERMITTED");
        assertThat(header(refused, KafkaContract.DLT_REASON)).as("the record's own refusal, judged alone")
                .startsWith("1 of 1 events refused").contains("event 0 (id " + idOf(forbidden) + ")");
        assertThat(new String(refused.value(), StandardCharsets.UTF_8)).isEqualTo(forbidden);
        assertThat(header(letters.get("1@" + malformedAt), KafkaContract.DLT_RULE)).isEqualTo("MALFORMED_RECORD");
        assertThat(keysIngested(good)).as("every good record appended").isEqualTo(5);
        assertThat(keysIngested(List.of(idOf(forbidden)))).isZero();
    }

    @Test
    void records_tried_again_after_a_transient_failure_are_appended_once() {
        String earlier = received(SOURCE_A, ORGAN_A);
        ingestion.ingest(parser.parse(earlier.getBytes(StandardCharsets.UTF_8), false));
        long eventsBefore = storedEvents();
        topic.append(0, earlier, EventsController.SINGLE);
        List<String> fresh = List.of(send(0, received(SOURCE_A, ORGAN_A)), send(0, received(SOURCE_A, ORGAN_A)));
        topic.append(0, earlier, EventsController.SINGLE);
        AtomicInteger calls = new AtomicInteger();
        doAnswer(call -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
            return call.callRealMethod();
        }).when(counted).ingestTogether(any(ParsedRequest.class), any(WriteScope.class));

        consumeUntilCommitted(Map.of(0, 4L));

        assertThat(calls).as("the failed group, then the group again").hasValue(2);
        assertThat(keysIngested(fresh)).isEqualTo(2);
        assertThat(keysIngested(List.of(idOf(earlier)))).isEqualTo(1);
        assertThat(storedEvents()).as("only the two fresh events appended").isEqualTo(eventsBefore + 2);
        assertThat(deadLetterTopic.history()).isEmpty();
        assertThat(topic.threads()).containsExactly("kafka-ingest");
    }

    /** Starts the consumer and waits until it has committed these offsets (partition to next offset). */
    private void consumeUntilCommitted(Map<Integer, Long> expected) {
        KafkaSettings.Ingest settings = new KafkaSettings.Ingest(true, KafkaContract.INGEST_TOPIC,
                KafkaContract.DEAD_LETTER_TOPIC, "test", 500, Duration.ofMillis(20), 4, 500, List.of());
        PartitionIngester ingester = new PartitionIngester(new CloudEventRecords(parser),
                new SourceRegistry(Map.of(SOURCE_A, Set.of(ORGAN_A), SOURCE_B, Set.of(ORGAN_B))), counted,
                new DeadLetters(deadLetterTopic, KafkaContract.DEAD_LETTER_TOPIC, new SimpleMeterRegistry()),
                5000, settings.groupEvents());
        consumer = new IngestTopicConsumer(() -> topic, settings, ingester, lag);
        consumer.start();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<Integer, Long> committed = new TreeMap<>();
            topic.committed().forEach((partition, offset) -> committed.put(partition.partition(), offset));
            assertThat(committed).isEqualTo(new TreeMap<>(expected));
        });
    }

    /** Appends a record of one event to a partition; answers the event's id. */
    private String send(int partition, String event) {
        topic.append(partition, event, EventsController.SINGLE);
        return idOf(event);
    }

    private static String received(String source, String organ) {
        int n = IDS.incrementAndGet();
        return event("kafka-" + n, source, "gongkai.application.received", "{\"organ\":\"" + organ
                + "\",\"applicationId\":\"K-" + n + "\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"receivedOn\":\"2025-03-03\"}");
    }

    private static String event(String id, String source, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    private String idOf(String event) {
        try {
            return json.readTree(event).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, ProducerRecord<byte[], byte[]>> deadLettersByOrigin() {
        Map<String, ProducerRecord<byte[], byte[]>> byOrigin = new TreeMap<>();
        deadLetterTopic.history().forEach(letter -> byOrigin.put(header(letter, KafkaContract.DLT_PARTITION) + "@"
                + header(letter, KafkaContract.DLT_OFFSET), letter));
        return byOrigin;
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private long keysIngested(List<String> ids) {
        return jdbc.queryForObject("select count(*) from ingested_cloud_event where id = any(?)", Long.class,
                (Object) ids.toArray(new String[0]));
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
