package cn.gongkai.command.audit;

import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.audit.CanonicalJson;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** An event of the store in its audited form: from a message being appended, or from its row as it stands. */
final class StoredEvent {

    private StoredEvent() {
    }

    /**
     * A message as its row will read once appended, all but its position, its canonical line already rendered
     * around the position (the costly part, done before the append lock is taken). The store keeps the timestamp
     * to the millisecond (Axon's text form has three fraction digits), so the instant is taken as the store writes
     * it: truncated to the millisecond, which is what formatting and parsing it back gave, at a tenth of the cost.
     */
    static Appending appending(EventMessage<?> message) {
        Instant stored = message.getTimestamp().truncatedTo(ChronoUnit.MILLIS);
        AuditedEvent unplaced = new AuditedEvent(UNPLACED, message.getIdentifier(),
                EventTypes.typeOf(message.getPayloadType()), stored, EventOrigin.sourceIn(message.getMetaData()),
                EventOrigin.idIn(message.getMetaData()), CanonicalJson.rendered(message.getPayload()));
        return Appending.around(unplaced);
    }

    /** The position an event is rendered at before it has one: a value no stored event has. */
    private static final long UNPLACED = Long.MIN_VALUE;
    private static final String UNPLACED_KEY = "\"position\":" + UNPLACED;

    /**
     * An event being appended, waiting for its position: its canonical line as the bytes before and after the
     * position's digits. The position is the only number among the line's top-level keys that the append lock must
     * wait for; the rest is hashed from bytes rendered earlier.
     */
    record Appending(String eventId, byte[] beforePosition, byte[] afterPosition) {

        static Appending around(AuditedEvent unplaced) {
            String line = unplaced.canonical();
            // The last occurrence is the line's own key: the keys after it (recordedAt, source, sourceId, type) are
            // strings, whose quotation marks are escaped, so none of them can hold the key and its value.
            int at = line.lastIndexOf(UNPLACED_KEY);
            int digits = at + UNPLACED_KEY.length() - String.valueOf(UNPLACED).length();
            return new Appending(unplaced.eventId(), line.substring(0, digits).getBytes(StandardCharsets.UTF_8),
                    line.substring(at + UNPLACED_KEY.length()).getBytes(StandardCharsets.UTF_8));
        }

        /** The chain's link after {@code previous} for this event at its position, with a digest to reuse. */
        String linkAfter(String previous, long position, MessageDigest sha256) {
            sha256.reset();
            sha256.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha256.update(beforePosition);
            sha256.update(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
            sha256.update(afterPosition);
            return HexFormat.of().formatHex(sha256.digest());
        }
    }

    /** An event row as it stands now, deserialized by the store's serializer. */
    static AuditedEvent fromRow(Serializer serializer, long position, String eventId, String payloadType,
                                String revision, byte[] payload, byte[] metaData, String timeStamp) {
        Object data = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, payloadType,
                revision));
        MetaData meta = metaData == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(metaData, byte[].class));
        return of(position, eventId, data, DateTimeUtils.parseInstant(timeStamp), meta);
    }

    private static AuditedEvent of(long position, String id, Object payload, Instant recordedAt, MetaData meta) {
        return new AuditedEvent(position, id, EventTypes.typeOf(payload.getClass()), recordedAt,
                EventOrigin.sourceIn(meta), EventOrigin.idIn(meta), payload);
    }
}
