package cn.gongkai.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CloudEvent behind a stored event: its {@code source}, {@code id} and {@code type}, and the extension attributes
 * kept with it (trace context), as the event's metadata for provenance. Never anything about the applicant. The
 * metadata keys are declared here alone: whoever writes or reads an event's origin goes through this record.
 */
public record EventOrigin(String source, String id, String type, Map<String, String> extensions) {

    public static final String SOURCE = "ceSource";
    public static final String ID = "ceId";
    public static final String TYPE = "ceType";
    /** Metadata keys of kept extension attributes: {@code ceExtension.traceparent}. */
    public static final String EXTENSION_PREFIX = "ceExtension.";
    /** The keys of source, id and type: what a command's events inherit from the command's metadata. */
    public static final List<String> KEYS = List.of(SOURCE, ID, TYPE);

    public EventOrigin {
        extensions = Map.copyOf(extensions);
    }

    public EventOrigin(String source, String id, String type) {
        this(source, id, type, Map.of());
    }

    /** The origin as it is kept in an event's metadata. */
    public Map<String, String> metaData() {
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put(SOURCE, source);
        metaData.put(ID, id);
        metaData.put(TYPE, type);
        extensions.forEach((name, value) -> metaData.put(EXTENSION_PREFIX + name, value));
        return metaData;
    }

    /** The CloudEvent source kept in an event's metadata, or null (an event of no CloudEvent). */
    public static String sourceIn(Map<String, ?> metaData) {
        return (String) metaData.get(SOURCE);
    }

    /** The CloudEvent id kept in an event's metadata, or null (an event of no CloudEvent). */
    public static String idIn(Map<String, ?> metaData) {
        return (String) metaData.get(ID);
    }

    /** The extension attribute a metadata key keeps ({@code traceparent} of {@code ceExtension.traceparent}). */
    public static Optional<String> extensionNamed(String metaDataKey) {
        return metaDataKey.startsWith(EXTENSION_PREFIX)
                ? Optional.of(metaDataKey.substring(EXTENSION_PREFIX.length())) : Optional.empty();
    }
}
