package cn.gongkai.local;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;

/**
 * The README's example of a department sending with the CloudEvents Java SDK, on HTTP and on Kafka, as it is printed
 * there; {@link CloudEventsSdkTest} runs it against the service.
 */
final class SdkDepartment {

    private SdkDepartment() {
    }

    static CloudEvent received(String id, String organ, String applicationId) {
        return CloudEventBuilder.v1()
                .withId(id)                                        // unique per source: the idempotency key
                .withSource(URI.create("urn:example:county-oa"))
                .withType("gongkai.application.received")
                .withTime(OffsetDateTime.now())
                .withExtension("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .withDataContentType("application/json")
                .withData(("{\"organ\":\"" + organ + "\",\"applicationId\":\"" + applicationId + "\","
                        + "\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-03-03\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** HTTP, binary mode: the SDK writes the ce- headers and the content type, the body is the data. */
    static HttpResponse<String> sendOverHttp(URI gongkai, String token, CloudEvent event) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gongkai.resolve("/api/v1/events"))
                .header("Authorization", "Bearer " + token);
        HttpMessageFactory.createWriter(request::header,
                body -> request.POST(HttpRequest.BodyPublishers.ofByteArray(body))).writeBinary(event);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Kafka, binary mode (the SDK serializer's default); the key keeps one application's events in order. */
    static void sendOverKafka(String bootstrapServers, String key, CloudEvent event) throws Exception {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("key.serializer", StringSerializer.class);
        properties.put("value.serializer", CloudEventSerializer.class);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>("gongkai.ingest.v1", key, event)).get();
        }
    }
}
