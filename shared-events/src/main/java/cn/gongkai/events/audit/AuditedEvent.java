package cn.gongkai.events.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event as the store recorded it: its position in the stream, identifier, contract type, the moment it was
 * recorded, the CloudEvent (source, id) it came from, and the fact itself (an event record of shared-events).
 */
public record AuditedEvent(long position, String eventId, String type, Instant recordedAt, String source,
                           String sourceId, Object data) {

    public AuditedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(data, "data");
    }

    /** The canonical line of this event: the unit of every digest and of the chain. */
    public String canonical() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("position", position);
        line.put("id", eventId);
        line.put("type", type);
        line.put("recordedAt", recordedAt);
        line.put("source", source);
        line.put("sourceId", sourceId);
        line.put("data", data);
        return CanonicalJson.of(line);
    }
}
