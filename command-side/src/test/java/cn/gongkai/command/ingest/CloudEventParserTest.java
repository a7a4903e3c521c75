package cn.gongkai.command.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events built with the CloudEvents Java SDK, written by the SDK in every mode it has, read by the parser as the same
 * event; and events the SDK refuses, named in Gongkai's words.
 */
class CloudEventParserTest {

    static final String DATA = "{\"organ\":\"sdk-bureau\",\"applicationId\":\"SDK-1\","
            + "\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-03-03\"}";
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final CloudEventParser parser = new CloudEventParser(new ObjectMapper());

    static io.cloudevents.CloudEvent sdkEvent() {
        return CloudEventBuilder.v1()
                .withId("sdk-1")
                .withSource(URI.create("/xx-county/oa"))
                .withType("gongkai.application.received")
                .withTime(OffsetDateTime.parse("2025-03-03T09:30:00+08:00"))
                .withSubject("SDK-1")
                .withDataSchema(URI.create("https://example.org/schemas/received.json"))
                .withDataContentType("application/json; charset=utf-8")
                .withExtension("traceparent", TRACEPARENT)
                .withExtension("tracestate", "congo=t61rcWkgMzE")
                .withExtension("comexampleregion", "130529")
                .withExtension("priority", 3)
                .withData(DATA.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Test
    void given_an_sdk_event_when_written_in_every_mode_then_each_reads_as_the_same_event() {
        io.cloudevents.CloudEvent sent = sdkEvent();

        CloudEvent structured = only(parser.parse(new JsonFormat().serialize(sent), false));
        CloudEvent base64 = only(parser.parse(new JsonFormat().withForceJsonDataToBase64().serialize(sent), false));
        CloudEvent batch = only(parser.parse(("[" + new String(new JsonFormat().serialize(sent),
                StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8), true));
        CloudEvent binary = only(parser.parseBinary(() -> httpBinary(sent)));

        assertThat(new String(new JsonFormat().withForceJsonDataToBase64().serialize(sent), StandardCharsets.UTF_8))
                .contains("\"data_base64\"");
        for (CloudEvent read : List.of(structured, base64, batch, binary)) {
            assertThat(read.key()).isEqualTo(new IngestionKey("/xx-county/oa", "sdk-1"));
            assertThat(read.type()).isEqualTo("gongkai.application.received");
            assertThat(read.data().get("applicationId").asText()).isEqualTo("SDK-1");
            assertThat(read.contentDigest()).isEqualTo(structured.contentDigest());
            assertThat(read.extensions()).as("trace context kept, other extensions set aside")
                    .isEqualTo(Map.of("traceparent", TRACEPARENT, "tracestate", "congo=t61rcWkgMzE"));
        }
    }

    @Test
    void given_a_structured_event_with_data_base64_of_a_json_object_then_it_reads_as_the_event_with_data() {
        String base64 = java.util.Base64.getEncoder().encodeToString(DATA.getBytes(StandardCharsets.UTF_8));
        String withBase64 = "{\"specversion\":\"1.0\",\"id\":\"b-1\",\"source\":\"/s\",\"type\":\"gongkai.application"
                + ".received\",\"data_base64\":\"" + base64 + "\"}";
        String withData = "{\"specversion\":\"1.0\",\"id\":\"b-1\",\"source\":\"/s\",\"type\":\"gongkai.application"
                + ".received\",\"data\":" + DATA + "}";

        assertThat(only(parser.parse(bytes(withBase64), false)).contentDigest())
                .isEqualTo(only(parser.parse(bytes(withData), false)).contentDigest());
    }

    @Test
    void given_attributes_named_as_no_extension_may_be_then_they_are_set_aside_as_before() {
        String event = "{\"specversion\":\"1.0\",\"id\":\"n-1\",\"source\":\"/s\",\"type\":\"gongkai.application"
                + ".received\",\"traceId\":\"abc\",\"x_y\":{\"a\":1},\"data\":" + DATA + "}";

        assertThat(only(parser.parse(bytes(event), false)).extensions()).isEmpty();
    }

    @Test
    void given_binary_mode_without_an_id_then_the_refusal_names_the_attribute() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-specversion", "1.0");
        headers.put("ce-source", "/xx-county/oa");
        headers.put("ce-type", "gongkai.application.received");
        headers.put("Content-Type", "application/json");

        EventRefusal refusal = refusalOf(parser.parseBinary(() -> HttpMessageFactory.createReader(headers, bytes(DATA))));

        assertThat(refusal.rule()).isEqualTo("MISSING_FIELD");
        assertThat(refusal.field()).isEqualTo("id");
        assertThat(refusal.source()).isEqualTo("/xx-county/oa");
    }

    @Test
    void given_binary_mode_with_an_unknown_specversion_or_a_body_that_is_not_an_object_then_each_is_named() {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("ce-specversion", "2.0", "ce-id", "x",
                "ce-source", "/s", "ce-type", "gongkai.application.received", "Content-Type", "application/json"));
        EventRefusal unknownVersion = refusalOf(parser.parseBinary(() -> HttpMessageFactory.createReader(headers,
                bytes(DATA))));
        headers.put("ce-specversion", "1.0");
        EventRefusal array = refusalOf(parser.parseBinary(() -> HttpMessageFactory.createReader(headers,
                bytes("[1]"))));
        EventRefusal notJson = refusalOf(parser.parseBinary(() -> HttpMessageFactory.createReader(headers,
                bytes("{not json"))));
        EventRefusal empty = refusalOf(parser.parseBinary(() -> HttpMessageFactory.createReader(headers,
                new byte[0])));

        assertThat(List.of(unknownVersion, array, notJson, empty)).extracting(EventRefusal::rule, EventRefusal::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNSUPPORTED_SPECVERSION", "specversion"),
                        org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "data"),
                        org.assertj.core.groups.Tuple.tuple("WRONG_TYPE", "data"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_FIELD", "data"));
    }

    @Test
    void given_structured_events_the_sdk_refuses_then_gongkai_names_the_field_and_the_rule() {
        String head = "{\"specversion\":\"1.0\",\"id\":\"r-1\",\"type\":\"gongkai.application.received\",";
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(head + "\"data\":" + DATA + "}", List.of("MISSING_FIELD", "source"));
        expected.put(head + "\"source\":7,\"data\":" + DATA + "}", List.of("WRONG_TYPE", "source"));
        expected.put(head + "\"source\":\"/a b\",\"data\":" + DATA + "}", List.of("INVALID_VALUE", "source"));
        expected.put(head + "\"source\":\"/a|b\",\"data\":" + DATA + "}", List.of("INVALID_VALUE", "source"));
        expected.put(head + "\"source\":\"/s\",\"data\":" + DATA + ",\"data_base64\":\"e30=\"}",
                List.of("INVALID_ENVELOPE", "data_base64"));
        expected.put(head + "\"source\":\"/s\",\"data_base64\":\"%%%\"}", List.of("INVALID_VALUE", "data_base64"));
        expected.put(head + "\"source\":\"/s\",\"data_base64\":5}", List.of("WRONG_TYPE", "data_base64"));
        expected.put(head + "\"source\":\"/s\",\"datacontenttype\":\"application/xml\",\"data\":" + DATA + "}",
                List.of("UNSUPPORTED_DATACONTENTTYPE", "datacontenttype"));
        expected.put(head + "\"source\":\"/s\",\"time\":\"yesterday\",\"data\":" + DATA + "}",
                List.of("INVALID_VALUE", "time"));
        expected.put(head + "\"source\":\"/s\",\"dataschema\":\"a b\",\"data\":" + DATA + "}",
                List.of("INVALID_VALUE", "dataschema"));
        expected.put(head + "\"source\":\"/s\",\"weight\":1.5,\"data\":" + DATA + "}",
                List.of("INVALID_ENVELOPE", ""));
        expected.put(head.replace("1.0", "0.3") + "\"source\":\"/s\",\"data\":" + DATA + "}",
                List.of("UNSUPPORTED_SPECVERSION", "specversion"));
        expected.put(head.replace("1.0", "2.0") + "\"source\":\"/s\",\"data\":" + DATA + "}",
                List.of("UNSUPPORTED_SPECVERSION", "specversion"));
        expected.put(head + "\"source\":\"/s\",\"traceparent\":1,\"data\":" + DATA + "}",
                List.of("WRONG_TYPE", "traceparent"));

        expected.forEach((event, ruleAndField) -> {
            EventRefusal refusal = refusalOf(parser.parse(bytes(event), false));
            assertThat(List.of(refusal.rule(), String.valueOf(refusal.field()).replace("null", "")))
                    .as(event).isEqualTo(ruleAndField);
            assertThat(refusal.detail()).as(event).isNotBlank();
        });
    }

    /** The headers and body the SDK's HTTP binding writes for an event in binary mode, read back by it. */
    static MessageReader httpBinary(io.cloudevents.CloudEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        AtomicReference<byte[]> body = new AtomicReference<>();
        HttpMessageFactory.createWriter(headers::put, body::set).writeBinary(event);
        assertThat(headers).containsKeys("ce-id", "ce-source", "ce-type", "ce-traceparent", "Content-Type");
        return HttpMessageFactory.createReader(headers, body.get());
    }

    private static CloudEvent only(ParsedRequest request) {
        assertThat(request.refusals()).isEmpty();
        assertThat(request.events()).hasSize(1);
        return request.events().get(0);
    }

    private static EventRefusal refusalOf(ParsedRequest request) {
        assertThat(request.events()).isEmpty();
        assertThat(request.refusals()).hasSize(1);
        return request.refusals().get(0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
