package cn.gongkai.command.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gongkai's own rules for a CloudEvent's attributes, once the SDK has read them, and the words for an event the SDK
 * could not read: each names the attribute at fault and the rule it breaks.
 */
final class EnvelopeRules {

    static final int MAX_SOURCE_LENGTH = 512;
    static final int MAX_ID_LENGTH = 256;
    static final int MAX_TYPE_LENGTH = 128;
    static final int MAX_EXTENSION_LENGTH = 512;

    /** The attributes every event must carry as strings. */
    static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");

    /**
     * The extension attributes kept with the facts and published with them: W3C trace context (the CloudEvents
     * distributed tracing extension). Any other extension is read and set aside, since it could carry anything.
     */
    static final List<String> KEPT = List.of("traceparent", "tracestate");

    private EnvelopeRules() {
    }

    static void specversion(String specversion) {
        if (!"1.0".equals(specversion)) {
            throw new InvalidEvent("UNSUPPORTED_SPECVERSION", "specversion",
                    "specversion must be \"1.0\", not \"" + specversion + "\"");
        }
    }

    static String id(String id) {
        return Text.visibleAscii(id, "id", MAX_ID_LENGTH);
    }

    static String type(String type) {
        return Text.visibleAscii(type, "type", MAX_TYPE_LENGTH);
    }

    /** A visible-ASCII URI reference, as CloudEvents asks of {@code source}. */
    static String source(String source) {
        Text.visibleAscii(source, "source", MAX_SOURCE_LENGTH);
        uriReference("source", source);
        return source;
    }

    /** Data is JSON: no content type (JSON by default), or {@code application/json} with any parameters. */
    static void datacontenttype(String contentType) {
        if (contentType != null && !contentType.trim().toLowerCase().startsWith("application/json")) {
            throw new InvalidEvent("UNSUPPORTED_DATACONTENTTYPE", "datacontenttype",
                    "data must be JSON (datacontenttype application/json), not " + contentType);
        }
    }

    /** {@code data_base64}, if given, must be base64 (RFC 4648, as the JSON event format asks). */
    static void base64(String dataBase64) {
        if (dataBase64 == null) {
            return;
        }
        try {
            Base64.getDecoder().decode(dataBase64);
        } catch (IllegalArgumentException e) {
            throw new InvalidEvent("INVALID_VALUE", "data_base64", "'data_base64' must be base64: " + e.getMessage());
        }
    }

    /** {@code time}, if given, is an RFC 3339 timestamp. */
    static void time(String time) {
        if (time == null) {
            return;
        }
        try {
            OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new InvalidEvent("INVALID_VALUE", "time", "'time' must be an RFC 3339 timestamp such as "
                    + "2025-03-03T09:30:00+08:00, not \"" + time + "\"");
        }
    }

    private static void uriReference(String name, String value) {
        if (value == null) {
            return;
        }
        try {
            new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidEvent("INVALID_VALUE", name,
                    "'" + name + "' must be a URI reference: " + e.getReason() + " at position " + e.getIndex());
        }
    }

    /** The kept extensions the event carries, each printable text of bounded length. */
    static Map<String, String> kept(Map<String, Object> extensions) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT) {
            Object value = extensions.get(name);
            if (value == null) {
                continue;
            }
            if (!(value instanceof String text)) {
                throw new InvalidEvent("WRONG_TYPE", name, "the extension '" + name + "' must be a string");
            }
            kept.put(name, Text.printable(text, name, MAX_EXTENSION_LENGTH));
        }
        return kept;
    }

    /**
     * Why an event the SDK refused is not a CloudEvent, in Gongkai's words: its textual attributes (name to value;
     * absent ones missing) are judged by the rules above in order, and only if none applies is the SDK's own reason
     * given, as {@code INVALID_ENVELOPE}.
     */
    static InvalidEvent explain(Map<String, String> attributes, Exception refusal) {
        try {
            for (String name : REQUIRED) {
                if (attributes.get(name) == null) {
                    throw new InvalidEvent("MISSING_FIELD", name, "the CloudEvents attribute '" + name
                            + "' is required");
                }
            }
            specversion(attributes.get("specversion"));
            id(attributes.get("id"));
            source(attributes.get("source"));
            type(attributes.get("type"));
            datacontenttype(attributes.get("datacontenttype"));
            base64(attributes.get("data_base64"));
            time(attributes.get("time"));
            uriReference("dataschema", attributes.get("dataschema"));
        } catch (InvalidEvent named) {
            return named;
        }
        return new InvalidEvent("INVALID_ENVELOPE", null, "not a CloudEvent: " + reason(refusal));
    }

    /** The SDK's reason, without the wrappers it arrives in. */
    static String reason(Throwable refusal) {
        Throwable cause = refusal;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int location = message.indexOf("\n at [Source");
        return location < 0 ? message : message.substring(0, location);
    }
}
