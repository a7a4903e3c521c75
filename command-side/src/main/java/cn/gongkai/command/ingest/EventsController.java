package cn.gongkai.command.ingest;

import cn.gongkai.security.ApiTags;
import cn.gongkai.security.Caller;
import cn.gongkai.security.Callers;
import cn.gongkai.security.RequestLimits;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.cloudevents.http.HttpMessageFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: one CloudEvent or a batch in structured JSON mode, or one event in binary mode
 * ({@code ce-} headers, the body its data), as the CloudEvents HTTP SDKs send by default.
 */
@RestController
@Tag(name = ApiTags.EVENTS)
public class EventsController {

    public static final String SINGLE = "application/cloudevents+json";
    public static final String BATCH = "application/cloudevents-batch+json";
    /** The header that makes a request binary mode (HTTP protocol binding, section 3.1). */
    static final String SPECVERSION = "ce-specversion";

    private final CloudEventParser parser;
    private final IngestionService ingestion;
    private final RequestLimits limits;

    public EventsController(CloudEventParser parser, IngestionService ingestion, RequestLimits limits) {
        this.parser = parser;
        this.ingestion = ingestion;
        this.limits = limits;
    }

    @ApiResponse(responseCode = "200", description = "Recorded (or already recorded: the same source and id)")
    @ApiResponse(responseCode = "403", description = "Events for organs this credential may not write")
    @ApiResponse(responseCode = "409", description = "Events that contradict the facts already recorded")
    @ApiResponse(responseCode = "413", description = "More events in the batch than the service takes at once")
    @ApiResponse(responseCode = "422", description = "Invalid events; the problem lists each with its field")
    @PostMapping(path = "/api/v1/events", consumes = {SINGLE, BATCH, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public IngestionReceipt ingest(@Parameter(hidden = true) @RequestHeader("Content-Type") MediaType contentType,
                                   @Parameter(hidden = true) @RequestHeader HttpHeaders headers,
                                   @RequestBody byte[] body) {
        ParsedRequest request = read(contentType, headers, body);
        if (request.submitted() > limits.maxBatchEvents()) {
            throw new BatchTooLarge(request.submitted(), limits.maxBatchEvents());
        }
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
        return ingestion.ingest(request, WriteScope.of(caller));
    }

    /**
     * Structured mode when the content type says so; binary mode (the SDK's HTTP binding reads the {@code ce-}
     * headers, the body is the data) when a {@code ce-specversion} header comes with any other; else plain JSON.
     */
    private ParsedRequest read(MediaType contentType, HttpHeaders headers, byte[] body) {
        if (contentType.isCompatibleWith(MediaType.parseMediaType(BATCH))) {
            return parser.parse(body, true);
        }
        if (!contentType.isCompatibleWith(MediaType.parseMediaType(SINGLE)) && headers.containsKey(SPECVERSION)) {
            return parser.parseBinary(() -> HttpMessageFactory.createReaderFromMultimap(headers, body));
        }
        return parser.parse(body, contentType.isCompatibleWith(MediaType.APPLICATION_JSON) && looksLikeArray(body));
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
