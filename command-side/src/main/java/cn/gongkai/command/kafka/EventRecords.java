package cn.gongkai.command.kafka;

import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.kafka.KafkaContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.common.DateTimeUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stored event as its record on {@code gongkai.events.v1}: a CloudEvent in binary mode, written by the SDK's Kafka
 * binding (its {@code ce_} headers: the event's identifier, {@link KafkaContract#EVENTS_SOURCE}, its contract type,
 * the time it was recorded, the extensions kept from the CloudEvent it came from; the value, its data, is the stored
 * payload as it is), and beside them the rest of the stored row as {@code gongkai_} headers.
 */
final class EventRecords {

    private static final URI SOURCE = URI.create(KafkaContract.EVENTS_SOURCE);
    private static final Map<String, String> TYPES = EventTypes.all().entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().getName(), Map.Entry::getValue));

    private final String topic;
    private final ObjectMapper json;

    EventRecords(String topic, ObjectMapper json) {
        this.topic = topic;
        this.json = json;
    }

    /** The record of one row of {@code domainevententry}. */
    ProducerRecord<byte[], byte[]> of(ResultSet row) throws SQLException {
        String aggregate = row.getString("aggregateIdentifier");
        byte[] metaData = row.getBytes("metaData");
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(row.getString("eventIdentifier"))
                .withSource(SOURCE)
                .withType(typeOf(row.getString("payloadType")))
                .withTime(DateTimeUtils.parseInstant(row.getString("timeStamp")).atOffset(ZoneOffset.UTC))
                .withDataContentType(KafkaContract.EVENTS_CONTENT_TYPE)
                .withData(row.getBytes("payload"));
        keptExtensions(metaData, event);
        ProducerRecord<byte[], byte[]> record = KafkaMessageFactory.<byte[]>createWriter(topic, null, null,
                aggregate.getBytes(StandardCharsets.UTF_8)).writeBinary(event.build());
        Headers headers = record.headers();
        StoredRow.read(row).text().forEach((name, value) -> put(headers, name, value));
        if (metaData != null) {
            headers.add(KafkaContract.META_DATA, metaData);
        }
        return record;
    }

    private static String typeOf(String payloadType) {
        String type = TYPES.get(payloadType);
        if (type == null) {
            throw new IllegalStateException("the store holds an event of type " + payloadType
                    + ", which is not a Gongkai event; it cannot be published");
        }
        return type;
    }

    /** The extensions kept with the event's meta data ({@link EventOrigin#EXTENSION_PREFIX}), as extensions again. */
    private void keptExtensions(byte[] metaData, CloudEventBuilder event) {
        if (metaData == null) {
            return;
        }
        try {
            Iterator<Map.Entry<String, JsonNode>> fields = json.readTree(metaData).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Optional<String> extension = EventOrigin.extensionNamed(field.getKey());
                if (extension.isPresent() && field.getValue().isTextual()) {
                    event.withExtension(extension.get(), field.getValue().asText());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the meta data of a stored event is not JSON", e);
        }
    }

    private static void put(Headers headers, String key, String value) {
        if (value != null) {
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
