package cn.gongkai.command.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CloudEvents 1.0 structured-mode JSON: one event, or a batch (a JSON array). Envelope faults are refusals
 * of that event; a body that is not JSON at all is a {@link MalformedRequest}.
 */
@Component
public class CloudEventParser {

    static final int MAX_SOURCE_LENGTH = 512;
    static final int MAX_ID_LENGTH = 256;
    private static final Set<String> REQUIRED = Set.of("specversion", "id", "source", "type", "data");

    private final ObjectMapper json;
    private final ObjectMapper canonical;
    /** Refuses a key given twice in one object ({@code "organ":"a","organ":"b"}): which one was meant? */
    private final ObjectReader reader;

    public CloudEventParser(ObjectMapper json) {
        this.json = json;
        this.reader = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    public ParsedRequest parse(byte[] body, boolean batch) {
        JsonNode root = readTree(body);
        if (batch && !root.isArray()) {
            throw new MalformedRequest("a batch (application/cloudevents-batch+json) must be a JSON array of events");
        }
        if (!batch && !root.isObject()) {
            throw new MalformedRequest("a single event (application/cloudevents+json) must be a JSON object");
        }
        List<JsonNode> nodes = new ArrayList<>();
        root.forEach(nodes::add);
        if (!batch) {
            nodes = List.of(root);
        }
        if (nodes.isEmpty()) {
            throw new MalformedRequest("the batch is empty");
        }
        List<CloudEvent> events = new ArrayList<>();
        List<EventRefusal> refusals = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            try {
                events.add(envelope(index, nodes.get(index)));
            } catch (InvalidEvent invalid) {
                refusals.add(new EventRefusal(index, text(nodes.get(index), "source"), text(nodes.get(index), "id"),
                        invalid.rule(), RefusalKind.INVALID, invalid.field(), invalid.getMessage()));
            }
        }
        return new ParsedRequest(nodes.size(), events, refusals);
    }

    private JsonNode readTree(byte[] body) {
        try {
            JsonNode root = reader.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new MalformedRequest("the request body is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedRequest("the request body is not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw new MalformedRequest("the request body could not be read: " + e.getMessage());
        }
    }

    private CloudEvent envelope(int index, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidEvent("INVALID_ENVELOPE", null, "an event must be a JSON object");
        }
        for (String attribute : REQUIRED) {
            if (!node.hasNonNull(attribute)) {
                throw new InvalidEvent("MISSING_FIELD", attribute, "the CloudEvents attribute '" + attribute
                        + "' is required");
            }
        }
        String specversion = attribute(node, "specversion", 8);
        if (!"1.0".equals(specversion)) {
            throw new InvalidEvent("UNSUPPORTED_SPECVERSION", "specversion",
                    "specversion must be \"1.0\", not \"" + specversion + "\"");
        }
        String contentType = node.path("datacontenttype").asText("application/json");
        if (!contentType.startsWith("application/json")) {
            throw new InvalidEvent("UNSUPPORTED_DATACONTENTTYPE", "datacontenttype",
                    "data must be JSON (datacontenttype application/json), not " + contentType);
        }
        JsonNode data = node.get("data");
        if (!data.isObject()) {
            throw new InvalidEvent("WRONG_TYPE", "data", "data must be a JSON object");
        }
        String type = attribute(node, "type", 128);
        return new CloudEvent(index, attribute(node, "id", MAX_ID_LENGTH),
                attribute(node, "source", MAX_SOURCE_LENGTH), type, (ObjectNode) data,
                digest(type, data));
    }

    private static String attribute(JsonNode node, String name, int maxLength) {
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw new InvalidEvent("WRONG_TYPE", name, "'" + name + "' must be a string");
        }
        return Text.visibleAscii(value.asText(), name, maxLength);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() ? value.asText() : null;
    }

    private String digest(String type, JsonNode data) {
        try {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("type", type);
            content.put("data", json.treeToValue(data, Map.class));
            byte[] bytes = canonical.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest an event that was just parsed", e);
        }
    }
}
