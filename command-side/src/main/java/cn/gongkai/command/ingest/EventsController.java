package cn.gongkai.command.ingest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/events}: one CloudEvent or a batch, in structured JSON mode. */
@RestController
public class EventsController {

    public static final String SINGLE = "application/cloudevents+json";
    public static final String BATCH = "application/cloudevents-batch+json";

    private final CloudEventParser parser;
    private final IngestionService ingestion;

    public EventsController(CloudEventParser parser, IngestionService ingestion) {
        this.parser = parser;
        this.ingestion = ingestion;
    }

    @PostMapping(path = "/api/v1/events", consumes = {SINGLE, BATCH, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public IngestionReceipt ingest(@RequestHeader("Content-Type") MediaType contentType, @RequestBody byte[] body) {
        boolean batch = contentType.isCompatibleWith(MediaType.parseMediaType(BATCH))
                || (contentType.isCompatibleWith(MediaType.APPLICATION_JSON) && looksLikeArray(body));
        return ingestion.ingest(parser.parse(body, batch));
    }

    /** Plain application/json may carry either shape; its first non-blank character tells which. */
    private static boolean looksLikeArray(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
    }
}
