package cn.gongkai.command.kafka;

import cn.gongkai.command.ingest.CloudEventParser;
import cn.gongkai.command.ingest.EventsController;
import cn.gongkai.command.ingest.MalformedRequest;
import cn.gongkai.command.ingest.ParsedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a record of the ingestion topic as the REST path reads a request body: a CloudEvent in structured mode
 * (the value is the event, or with content type {@code application/cloudevents-batch+json} a batch of them), or in
 * binary mode ({@code ce_} headers carry the attributes, the value is the {@code data}).
 */
final class CloudEventRecords {

    static final String CONTENT_TYPE = "content-type";
    private static final String BINARY_PREFIX = "ce_";

    private final CloudEventParser parser;
    private final ObjectMapper json;

    CloudEventRecords(CloudEventParser parser, ObjectMapper json) {
        this.parser = parser;
        this.json = json;
    }

    ParsedRequest read(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new MalformedRequest("the record has no value: a CloudEvent, a batch of them, or (binary mode) "
                    + "the event's data is expected");
        }
        if (record.headers().lastHeader(BINARY_PREFIX + "specversion") != null) {
            return parser.parse(binaryToStructured(record), false);
        }
        String contentType = header(record, CONTENT_TYPE);
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase();
        if (mediaType == null || mediaType.equals("application/json")) {
            return parser.parse(record.value(), startsWithBracket(record.value()));
        }
        if (mediaType.equals(EventsController.SINGLE) || mediaType.equals(EventsController.BATCH)) {
            return parser.parse(record.value(), mediaType.equals(EventsController.BATCH));
        }
        throw new MalformedRequest("content-type " + contentType + " is not a CloudEvent: use "
                + EventsController.SINGLE + ", " + EventsController.BATCH + ", or binary mode (ce_ headers)");
    }

    private byte[] binaryToStructured(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode event = json.createObjectNode();
        for (Header header : record.headers()) {
            if (header.key().startsWith(BINARY_PREFIX) && header.value() != null) {
                event.put(header.key().substring(BINARY_PREFIX.length()),
                        new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        String contentType = header(record, CONTENT_TYPE);
        if (contentType != null) {
            event.put("datacontenttype", contentType);
        }
        try {
            JsonNode data = json.reader().with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(record.value());
            event.set("data", data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedRequest("binary mode: the record's value is the event's data and must be JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequest("binary mode: the record's value cannot be read: " + e.getMessage());
        }
        try {
            return json.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(ConsumerRecord<?, ?> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean startsWithBracket(byte[] value) {
        for (byte b : value) {
            if (!Character.isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
    }
}
