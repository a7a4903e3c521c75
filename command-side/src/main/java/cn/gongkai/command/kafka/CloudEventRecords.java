package cn.gongkai.command.kafka;

import cn.gongkai.command.ingest.CloudEventParser;
import cn.gongkai.command.ingest.EventsController;
import cn.gongkai.command.ingest.MalformedRequest;
import cn.gongkai.command.ingest.ParsedRequest;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/**
 * Reads a record of the ingestion topic as the REST path reads a request body, by the CloudEvents Kafka protocol
 * binding: structured mode when the content type is a CloudEvent's (the value is the event, or with
 * {@code application/cloudevents-batch+json} a batch of them), binary mode when a {@code ce_specversion} header comes
 * with any other (the SDK's Kafka binding reads the {@code ce_} headers, the value is the data), else plain JSON.
 */
final class CloudEventRecords {

    static final String CONTENT_TYPE = "content-type";
    private static final String SPECVERSION = "ce_specversion";

    private final CloudEventParser parser;

    CloudEventRecords(CloudEventParser parser) {
        this.parser = parser;
    }

    ParsedRequest read(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new MalformedRequest("the record has no value: a CloudEvent, a batch of them, or (binary mode) "
                    + "the event's data is expected");
        }
        String contentType = header(record, CONTENT_TYPE);
        String mediaType = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase();
        if (EventsController.SINGLE.equals(mediaType) || EventsController.BATCH.equals(mediaType)) {
            return parser.parse(record.value(), mediaType.equals(EventsController.BATCH));
        }
        if (record.headers().lastHeader(SPECVERSION) != null) {
            return parser.parseBinary(() -> KafkaMessageFactory.createReader(record));
        }
        if (mediaType == null || mediaType.equals("application/json")) {
            return parser.parse(record.value(), startsWithBracket(record.value()));
        }
        throw new MalformedRequest("content-type " + contentType + " is not a CloudEvent: use "
                + EventsController.SINGLE + ", " + EventsController.BATCH + ", or binary mode (ce_ headers)");
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
