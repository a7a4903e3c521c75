package cn.gongkai.command.audit;

import cn.gongkai.events.EventTypes;
import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.audit.CanonicalJson;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/** An event of the store in its audited form: from a message being appended, or from its row as it stands. */
final class StoredEvent {

    static final String SOURCE = "ceSource";
    static final String ID = "ceId";

    private StoredEvent() {
    }

    /**
     * A message as its row will read once appended, all but its position, its data already rendered canonically
     * (the costly part, done before the append lock is taken). The store keeps the timestamp to the millisecond, so
     * the instant is taken as the store writes it.
     */
    static Appending appending(EventMessage<?> message) {
        Instant stored = DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(message.getTimestamp()));
        return new Appending(message.getIdentifier(), EventTypes.typeOf(message.getPayloadType()), stored,
                (String) message.getMetaData().get(SOURCE), (String) message.getMetaData().get(ID),
                CanonicalJson.rendered(message.getPayload()));
    }

    /** An event being appended, waiting for its position. */
    record Appending(String eventId, String type, Instant recordedAt, String source, String sourceId,
                     CanonicalJson.Rendered data) {

        AuditedEvent at(long position) {
            return new AuditedEvent(position, eventId, type, recordedAt, source, sourceId, data);
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
                (String) meta.get(SOURCE), (String) meta.get(ID), payload);
    }
}
