package cn.gongkai.command.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents {@code POST /api/v1/events} in the OpenAPI description with one example CloudEvent of every type the
 * service accepts (from {@code openapi/cloudevent-examples.json}), and a batch of several.
 */
@Component
public class CloudEventExamples implements OpenApiCustomizer {

    public static final String RESOURCE = "openapi/cloudevent-examples.json";
    static final String EVENTS_PATH = "/api/v1/events";

    private final ArrayNode batch;
    private final Map<String, JsonNode> examples = new LinkedHashMap<>();

    public CloudEventExamples() {
        this.batch = read();
        batch.elements().forEachRemaining(event -> examples.putIfAbsent(event.get("type").asText(), event));
    }

    /** All the examples in order, as one valid batch: an organ's year in brief. */
    public ArrayNode batch() {
        return batch.deepCopy();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getInfo() == null || "OpenAPI definition".equals(openApi.getInfo().getTitle())) {
            openApi.info(new Info().title("Gongkai 公开").version("v1")
                    .description("The books of government-information-disclosure work and its annual report"));
        }
        PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(EVENTS_PATH);
        if (path == null || path.getPost() == null) {
            return;
        }
        Operation post = path.getPost();
        Map<String, Example> single = new LinkedHashMap<>();
        examples.forEach((type, event) -> single.put(type, new Example().summary(type).value(event)));
        Map<String, Example> batch = Map.of("batch", new Example().summary("a batch, appended atomically")
                .value(batch()));
        post.summary("Ingest one CloudEvent or a batch")
                .description("CloudEvents 1.0 in structured JSON mode, or one event in binary mode as the "
                        + "CloudEvents SDKs send by default: headers ce-specversion, ce-id, ce-source, ce-type, "
                        + "Content-Type application/json, the body the event's data. (source, id) is the "
                        + "idempotency key.")
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType(EventsController.SINGLE, new MediaType().schema(new ObjectSchema())
                                .examples(single))
                        .addMediaType(EventsController.BATCH, new MediaType().schema(new ObjectSchema())
                                .examples(batch))
                        .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(new ObjectSchema()).examples(single))));
    }

    private static ArrayNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return (ArrayNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
