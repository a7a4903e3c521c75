package cn.gongkai.command.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.jackson.JsonFormatOptions;
import io.cloudevents.rw.CloudEventRWException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads CloudEvents 1.0 through the CloudEvents Java SDK, on either transport: structured JSON (one event, or a batch
 * as a JSON array) through the SDK's JSON event format, binary mode through the transport binding's message reader.
 * The SDK reads the envelope; Gongkai judges it ({@link EnvelopeRules}) and the data, which must be a JSON object
 * whether it came as {@code data}, as {@code data_base64} or as a binary-mode body. A fault of one event is a refusal
 * of that event naming the field; a body that is not JSON at all is a {@link MalformedRequest}.
 */
@Component
public class CloudEventParser {

    private final ObjectMapper json;
    private final ContentDigest digests;
    /** Refuses a key given twice in one object ({@code "organ":"a","organ":"b"}): which one was meant? */
    private final ObjectReader strict;
    /**
     * The SDK's JSON event format, on this service's Jackson settings. An attribute whose name CloudEvents would not
     * allow for an extension ({@code traceId}) is set aside, as any unknown attribute always was, not refused.
     */
    private final ObjectReader events;

    public CloudEventParser(ObjectMapper json) {
        this.json = json;
        this.strict = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.digests = new ContentDigest(json);
        this.events = json.copy().registerModule(JsonFormat.getCloudEventJacksonModule(
                        JsonFormatOptions.builder().forceIgnoreInvalidExtensionNameDeserialization(true).build()))
                .readerFor(io.cloudevents.CloudEvent.class);
    }

    /** Structured mode: the body is one event ({@code batch} false) or a JSON array of them. */
    public ParsedRequest parse(byte[] body, boolean batch) {
        List<JsonNode> nodes = structured(readTree(body, "the request body"), batch);
        List<CloudEvent> read = new ArrayList<>();
        List<EventRefusal> refusals = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            JsonNode node = nodes.get(index);
            try {
                read.add(judge(index, sdkRead(node)));
            } catch (InvalidEvent invalid) {
                refusals.add(refusal(index, text(node, "source"), text(node, "id"), invalid));
            }
        }
        return new ParsedRequest(nodes.size(), read, refusals);
    }

    /**
     * Binary mode: the attributes in the transport's {@code ce-}/{@code ce_} headers, the data the body. The
     * transport's SDK reader is made here, so that a spec version it refuses is judged too.
     */
    public ParsedRequest parseBinary(Supplier<MessageReader> message) {
        MessageReader reader;
        try {
            reader = message.get();
        } catch (CloudEventRWException unknownVersion) {
            return refused(Map.of(), new InvalidEvent("UNSUPPORTED_SPECVERSION", "specversion",
                    "specversion must be \"1.0\": " + EnvelopeRules.reason(unknownVersion)));
        }
        Map<String, String> attributes = reader.read(BinaryAttributes::new);
        try {
            return new ParsedRequest(1, List.of(judge(0, reader.toEvent())), List.of());
        } catch (InvalidEvent invalid) {
            return refused(attributes, invalid);
        } catch (CloudEventRWException | IllegalStateException | IllegalArgumentException sdkRefusal) {
            return refused(attributes, EnvelopeRules.explain(attributes, sdkRefusal));
        }
    }

    private static ParsedRequest refused(Map<String, String> attributes, InvalidEvent invalid) {
        return new ParsedRequest(1, List.of(), List.of(refusal(0, attributes.get("source"), attributes.get("id"),
                invalid)));
    }

    private List<JsonNode> structured(JsonNode root, boolean batch) {
        if (batch && !root.isArray()) {
            throw new MalformedRequest("a batch (application/cloudevents-batch+json) must be a JSON array of events");
        }
        if (!batch && !root.isObject()) {
            throw new MalformedRequest("a single event (application/cloudevents+json) must be a JSON object");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (batch) {
            root.forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        if (nodes.isEmpty()) {
            throw new MalformedRequest("the batch is empty");
        }
        return nodes;
    }

    private JsonNode readTree(byte[] body, String what) {
        try {
            JsonNode root = strict.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new MalformedRequest(what + " is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedRequest(what + " is not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw new MalformedRequest(what + " could not be read: " + e.getMessage());
        }
    }

    /** One event of a structured body, read by the SDK's JSON format; if it refuses, Gongkai says why. */
    private io.cloudevents.CloudEvent sdkRead(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidEvent("INVALID_ENVELOPE", null, "an event must be a JSON object");
        }
        try {
            return events.readValue(node);
        } catch (IOException | RuntimeException sdkRefusal) {
            throw EnvelopeRules.explain(textualAttributes(node), sdkRefusal);
        }
    }

    /** The attributes of a structured event that are strings; any other JSON type is refused here, naming it. */
    private static Map<String, String> textualAttributes(JsonNode node) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String name : List.of("specversion", "id", "source", "type", "datacontenttype", "dataschema",
                "time", "data_base64")) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw new InvalidEvent("WRONG_TYPE", name, "'" + name + "' must be a string");
            }
            attributes.put(name, value.asText());
        }
        if (attributes.containsKey("data_base64") && node.has("data")) {
            throw new InvalidEvent("INVALID_ENVELOPE", "data_base64",
                    "an event carries its data as 'data' or as 'data_base64', not both");
        }
        return attributes;
    }

    /** Gongkai's rules on an event the SDK read: its attributes, the extensions kept, and data a JSON object. */
    private CloudEvent judge(int index, io.cloudevents.CloudEvent event) {
        EnvelopeRules.specversion(event.getSpecVersion().toString());
        String type = EnvelopeRules.type(event.getType());
        String id = EnvelopeRules.id(event.getId());
        String source = EnvelopeRules.source(event.getSource().toString());
        EnvelopeRules.datacontenttype(event.getDataContentType());
        ObjectNode data = dataObject(event.getData());
        Map<String, Object> extensions = new LinkedHashMap<>();
        event.getExtensionNames().forEach(name -> extensions.put(name, event.getExtension(name)));
        return new CloudEvent(index, id, source, type, data, digests.of(type, data), EnvelopeRules.kept(extensions));
    }

    private ObjectNode dataObject(CloudEventData data) {
        if (data == null) {
            throw new InvalidEvent("MISSING_FIELD", "data", "an event must carry its data: 'data', or 'data_base64', "
                    + "or in binary mode the body");
        }
        JsonNode node = data instanceof JsonCloudEventData jsonData ? jsonData.getNode() : bytesAsJson(data.toBytes());
        if (!node.isObject()) {
            throw new InvalidEvent("WRONG_TYPE", "data", "data must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Data that came as bytes ({@code data_base64}, a binary-mode body), read as strictly as a structured body. */
    private JsonNode bytesAsJson(byte[] bytes) {
        try {
            JsonNode node = strict.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new InvalidEvent("MISSING_FIELD", "data", "the event's data is empty");
            }
            return node;
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new InvalidEvent("WRONG_TYPE", "data", "data must be a JSON object; it is not JSON: " + reason);
        }
    }

    private static EventRefusal refusal(int index, String source, String id, InvalidEvent invalid) {
        return new EventRefusal(index, source, id, invalid.rule(), RefusalKind.INVALID, invalid.field(),
                invalid.getMessage());
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() ? value.asText() : null;
    }
}
