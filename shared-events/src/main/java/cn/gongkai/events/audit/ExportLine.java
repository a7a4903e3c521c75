package cn.gongkai.events.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an event export (JSON Lines): the event in CloudEvents 1.0 form, {@code id} the store's event
 * identifier, {@code source} and the extension {@code sourceid} the CloudEvent it came from, with the extensions
 * {@code position} (its place in the stream) and {@code recordedtime} (when the store recorded it); written in
 * canonical JSON.
 */
public final class ExportLine {

    public static final String SPEC_VERSION = "1.0";
    /** The source named for an event that did not come through ingestion. */
    public static final String STORE_SOURCE = "urn:gongkai:store";

    private ExportLine() {
    }

    public static String of(AuditedEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("specversion", SPEC_VERSION);
        line.put("id", event.eventId());
        line.put("source", event.source() == null ? STORE_SOURCE : event.source());
        line.put("sourceid", event.sourceId());
        line.put("type", event.type());
        line.put("datacontenttype", "application/json");
        line.put("position", event.position());
        line.put("recordedtime", event.recordedAt());
        line.put("data", event.data());
        return CanonicalJson.of(line);
    }
}
