package cn.gongkai.command.audit;

import cn.gongkai.events.EventTypes;
import cn.gongkai.events.audit.AuditedEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/** An event of the store in its audited form, from the message the processor delivers. */
final class StoredEvent {

    static final String SOURCE = "ceSource";
    static final String ID = "ceId";

    private StoredEvent() {
    }

    static AuditedEvent of(EventMessage<?> message, long position) {
        return of(position, message.getIdentifier(), message.getPayload(), message.getTimestamp(),
                message.getMetaData());
    }

    static AuditedEvent of(long position, String id, Object payload, Instant recordedAt, MetaData meta) {
        return new AuditedEvent(position, id, EventTypes.typeOf(payload.getClass()), recordedAt,
                (String) meta.get(SOURCE), (String) meta.get(ID), payload);
    }
}
