package cn.gongkai.local;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.http.impl.HttpMessageWriter;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events built with the CloudEvents Java SDK, every attribute set (extensions included), written by the SDK in every
 * mode it has and sent over both transports to a command side and a query side running as processes on a real
 * broker: structured JSON, {@code data_base64}, a batch and binary mode over HTTP; structured, {@code data_base64}
 * and binary records on Kafka. Each is counted once, and is the same event as its plain structured JSON (sent again
 * that way, a duplicate); on the events topic each is a CloudEvent the SDK reads, with the trace context it came
 * with.
 */
class CloudEventsSdkTest {

    static final String ORGAN = "sdk-county-bureau";
    static final String SOURCE = "urn:example:county-oa";
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final String TRACESTATE = "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The modes the SDK writes an event in, on each transport; one application received in each. */
    enum Mode {
        HTTP_STRUCTURED, HTTP_DATA_BASE64, HTTP_BATCH, HTTP_BINARY, HTTP_BINARY_README,
        KAFKA_STRUCTURED, KAFKA_DATA_BASE64, KAFKA_BINARY, KAFKA_BINARY_README
    }

    @TempDir
    static Path directory;
    static PostgresTestDatabase database;
    static Broker broker;
    static Side commandSide;
    static Side querySide;

    @BeforeAll
    static void startEveryPart() {
        database = PostgresTestDatabase.create("cloudevents_sdk");
        broker = Broker.start(directory);
        commandSide = Side.command(database, List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--gongkai.kafka.ingest.enabled=true", "--gongkai.kafka.publish.enabled=true",
                "--gongkai.kafka.ingest.sources[0].source=" + SOURCE,
                "--gongkai.kafka.ingest.sources[0].organs[0]=" + ORGAN), directory);
        querySide = Side.query("query side", database, List.of("--gongkai.kafka.bootstrap-servers="
                + broker.bootstrapServers(), "--gongkai.kafka.replicate.enabled=true"), directory);
        assertThat(commandSide.api().post("/api/v1/events", Api.BATCH, ("[" + AccessMatrixTest.organ(ORGAN, null)
                + "]").getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stopEveryPart() {
        Parts.stop(querySide, commandSide, broker, database);
    }

    @Test
    void sdk_events_in_every_mode_on_both_transports_count_once_as_their_structured_json_and_keep_their_trace()
            throws Exception {
        Map<Mode, CloudEvent> sent = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            CloudEvent event = mode.name().endsWith("README")
                    ? SdkDepartment.received("sdk-" + mode, ORGAN, application(mode)) : everyAttribute(mode);
            sent.put(mode, event);
            send(mode, event);
        }
        JsonNode report = awaitReceived(sent.size());

        List<String> againAsJson = new ArrayList<>();
        for (CloudEvent event : sent.values()) {
            HttpResponse<String> answer = commandSide.api().post("/api/v1/events", "application/cloudevents+json",
                    plainStructuredJson(event));
            againAsJson.add(answer.statusCode() + " " + JSON.readTree(answer.body()).at("/events/0/status").asText());
        }
        Map<String, CloudEvent> published = publishedByApplication();

        assertThat(report.at("/applications/RECEIVED/NATURAL_PERSON").asLong()).isEqualTo(sent.size());
        assertThat(againAsJson).as("each the same event as its structured JSON").containsOnly("200 DUPLICATE");
        assertThat(awaitReceived(sent.size()).get("position").asLong()).isEqualTo(report.get("position").asLong());
        sent.forEach((mode, event) -> {
            CloudEvent copy = published.get(application(mode));
            assertThat(copy).as("%s on the events topic", mode).isNotNull();
            assertThat(copy.getType()).isEqualTo("gongkai.application.received");
            assertThat(copy.getSource()).hasToString(KafkaContract.EVENTS_SOURCE);
            assertThat(copy.getExtension("traceparent")).as(mode.name()).isEqualTo(TRACEPARENT);
            assertThat(copy.getExtension("tracestate")).as(mode.name())
                    .isEqualTo(mode.name().endsWith("README") ? null : TRACESTATE);
            assertThat(copy.getExtension("comexampleregion")).as("an extension not kept").isNull();
            assertThat(read(copy.getData().toBytes()).get("applicationId").asText()).isEqualTo(application(mode));
        });
    }

    /** An event with every attribute CloudEvents defines set, and extensions of every type. */
    private static CloudEvent everyAttribute(Mode mode) {
        return CloudEventBuilder.from(SdkDepartment.received("sdk-" + mode, ORGAN, application(mode)))
                .withTime(OffsetDateTime.parse("2025-03-03T09:30:00+08:00"))
                .withSubject(application(mode))
                .withDataSchema(URI.create("https://example.org/gongkai/received.json"))
                .withDataContentType("application/json; charset=utf-8")
                .withExtension("traceparent", TRACEPARENT)
                .withExtension("tracestate", TRACESTATE)
                .withExtension("comexampleregion", "130529")
                .withExtension("priority", 3)
                .withExtension("urgent", true)
                .build();
    }

    private static void send(Mode mode, CloudEvent event) throws Exception {
        switch (mode) {
            case HTTP_STRUCTURED -> accepted(postHttp(writer -> writer.writeStructured(event, new JsonFormat())));
            case HTTP_DATA_BASE64 -> accepted(postHttp(writer -> writer.writeStructured(event,
                    new JsonFormat().withForceJsonDataToBase64())));
            case HTTP_BATCH -> accepted(commandSide.api().post("/api/v1/events", Api.BATCH,
                    ("[" + new String(new JsonFormat().serialize(event), StandardCharsets.UTF_8) + "]")
                            .getBytes(StandardCharsets.UTF_8)));
            case HTTP_BINARY -> accepted(postHttp(writer -> writer.writeBinary(event)));
            case HTTP_BINARY_README -> accepted(SdkDepartment.sendOverHttp(commandSide.uri(),
                    TestAccess.BOOTSTRAP_TOKEN, event));
            case KAFKA_STRUCTURED -> produce(KafkaMessageFactory.<byte[]>createWriter(KafkaContract.INGEST_TOPIC,
                    key(mode)).writeStructured(event, new JsonFormat()));
            case KAFKA_DATA_BASE64 -> produce(KafkaMessageFactory.<byte[]>createWriter(KafkaContract.INGEST_TOPIC,
                    key(mode)).writeStructured(event, new JsonFormat().withForceJsonDataToBase64()));
            case KAFKA_BINARY -> produce(KafkaMessageFactory.<byte[]>createWriter(KafkaContract.INGEST_TOPIC,
                    key(mode)).writeBinary(event));
            case KAFKA_BINARY_README -> SdkDepartment.sendOverKafka(broker.bootstrapServers(), application(mode),
                    event);
        }
    }

    /** A request as the SDK's HTTP binding writes it: its headers and its body. */
    private static HttpResponse<String> postHttp(Consumer<HttpMessageWriter> write) {
        Map<String, String> headers = new LinkedHashMap<>();
        AtomicReference<byte[]> body = new AtomicReference<>();
        write.accept(HttpMessageFactory.createWriter(headers::put, body::set));
        return commandSide.api().post("/api/v1/events", headers, body.get());
    }

    private static void accepted(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(read(answer.body().getBytes(StandardCharsets.UTF_8)).at("/events/0/status").asText())
                .isEqualTo("APPENDED");
    }

    private static void produce(ProducerRecord<byte[], byte[]> record) throws Exception {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("acks", "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(record).get();
        }
    }

    /** The event as hand-written structured JSON: its key, type and data, nothing the SDK added. */
    private static byte[] plainStructuredJson(CloudEvent event) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("specversion", "1.0");
        json.put("id", event.getId());
        json.put("source", event.getSource().toString());
        json.put("type", event.getType());
        json.put("data", read(event.getData().toBytes()));
        return JSON.writeValueAsBytes(json);
    }

    private static JsonNode awaitReceived(int expected) {
        String path = "/api/v1/organs/" + ORGAN + "/reports/2025";
        AtomicReference<JsonNode> report = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> answer = querySide.api().get(path);
            if (answer.statusCode() != 200) {
                return false;
            }
            report.set(read(answer.body().getBytes(StandardCharsets.UTF_8)));
            return report.get().at("/applications/RECEIVED/NATURAL_PERSON").asLong() >= expected;
        });
        return report.get();
    }

    /** The events topic from its beginning to its end as it is now, each event read by the SDK, by application. */
    private static Map<String, CloudEvent> publishedByApplication() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        Map<String, CloudEvent> byApplication = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaContract.EVENTS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.headers().lastHeader(KafkaContract.WATERMARK) == null) {
                        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                        JsonNode data = read(event.getData().toBytes());
                        byApplication.put(data.path("applicationId").asText(), event);
                    }
                }
            }
        }
        return byApplication;
    }

    private static String application(Mode mode) {
        return "SDK-" + mode.name().replace('_', '-');
    }

    private static byte[] key(Mode mode) {
        return application(mode).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
