package cn.gongkai.command.append;

import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * The CloudEvent behind a stored event: its {@code source}, {@code id} and {@code type}, and the extension attributes
 * kept with it (trace context), as the event's meta data for provenance. Never anything about the applicant.
 */
public record Origin(String source, String id, String type, Map<String, String> extensions) {

    public static final String SOURCE = "ceSource";
    public static final String ID = "ceId";
    public static final String TYPE = "ceType";
    /** Meta data keys of kept extension attributes: {@code ceExtension.traceparent}. */
    public static final String EXTENSION_PREFIX = "ceExtension.";

    public Origin {
        extensions = Map.copyOf(extensions);
    }

    public Origin(String source, String id, String type) {
        this(source, id, type, Map.of());
    }

    MetaData metaData() {
        MetaData metaData = MetaData.with(SOURCE, source).and(ID, id).and(TYPE, type);
        if (extensions.isEmpty()) {
            return metaData;
        }
        Map<String, Object> kept = new HashMap<>();
        extensions.forEach((name, value) -> kept.put(EXTENSION_PREFIX + name, value));
        return metaData.mergedWith(kept);
    }
}
