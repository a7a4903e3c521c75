package cn.gongkai.query.audit;

import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.audit.AuditedEvent;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a stored event row into an {@link AuditedEvent}. With Axon's Jackson serializer (the store's), the payload is
 * read by a reader made once per payload type from the serializer's own mapper, and of the metadata only the two keys
 * the audit uses, the CloudEvent's source and id, are picked out; any other serializer decodes the row its own way.
 */
final class EventRowReader {

    private final Serializer serializer;
    private final ObjectMapper mapper;
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

    EventRowReader(Serializer serializer) {
        this.serializer = serializer;
        this.mapper = serializer instanceof JacksonSerializer jackson ? jackson.getObjectMapper() : null;
    }

    AuditedEvent read(long position, String id, String payloadType, String revision, byte[] payload,
                      byte[] metaData, String timeStamp) {
        if (mapper == null || revision != null) {
            return decodedBySerializer(position, id, payloadType, revision, payload, metaData, timeStamp);
        }
        try {
            Object data = readers.computeIfAbsent(payloadType, this::reader).readValue(payload);
            String[] source = metaData == null ? new String[2] : sourceOf(metaData);
            return new AuditedEvent(position, id, EventTypes.typeOf(data.getClass()), Instant.parse(timeStamp),
                    source[0], source[1], data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event at position " + position, e);
        }
    }

    private ObjectReader reader(String payloadType) {
        return mapper.readerFor(serializer.classForType(new SimpleSerializedType(payloadType, null)));
    }

    /** The metadata's CloudEvent source and id (either may be absent), skipping every other key. */
    private String[] sourceOf(byte[] metaData) throws IOException {
        String[] source = new String[2];
        try (JsonParser parser = mapper.getFactory().createParser(metaData)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the metadata is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (EventOrigin.SOURCE.equals(key) && value == JsonToken.VALUE_STRING) {
                    source[0] = parser.getText();
                } else if (EventOrigin.ID.equals(key) && value == JsonToken.VALUE_STRING) {
                    source[1] = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        return source;
    }

    private AuditedEvent decodedBySerializer(long position, String id, String payloadType, String revision,
                                             byte[] payload, byte[] metaData, String timeStamp) {
        Object data = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, payloadType,
                revision));
        MetaData meta = metaData == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(metaData, byte[].class));
        return new AuditedEvent(position, id, EventTypes.typeOf(data.getClass()), Instant.parse(timeStamp),
                EventOrigin.sourceIn(meta), EventOrigin.idIn(meta), data);
    }
}
