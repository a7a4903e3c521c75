package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.security.ApiTags;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.net.URI;

/**
 * {@code GET /api/v1/stored-events}: the event store from a position, for a query side to copy what the events topic
 * no longer holds (its early records deleted, or a replica's copy damaged); administrators only, as everything not
 * given a rule in {@code AccessRules}.
 */
@RestController
@Tag(name = ApiTags.OPERATIONS)
public class StoredEventsController {

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

    private final StoreExport export;

    public StoredEventsController(JdbcTemplate jdbc, ObjectMapper json) {
        this.export = new StoreExport(jdbc, json);
    }

    @Operation(summary = "The event store from a position as JSON Lines, each event with the headers of its record "
            + "on the events topic, for a replica to copy what the topic no longer holds")
    @ApiResponse(responseCode = "200", description = "One event, or one range of positions without an event, a "
            + "line, in position order; the last line names the position reached",
            content = @Content(mediaType = "application/jsonl", schema = @Schema(type = "string")))
    @Parameter(name = "from", description = "The first position to export", required = true,
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Parameter(name = "to", description = "The last position to export; the store's last position when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @GetMapping(path = "/api/v1/stored-events", produces = "application/jsonl")
    public ResponseEntity<StreamingResponseBody> export(@RequestParam long from,
                                                        @RequestParam(required = false) Long to) {
        long head = export.head();
        long last = to == null ? head : to;
        if (from < KafkaContract.FIRST_POSITION || last < from || last > head) {
            throw invalid("positions run from " + KafkaContract.FIRST_POSITION + " to the store's last, " + head
                    + "; asked for " + from + " to " + last);
        }
        return ResponseEntity.ok().contentType(JSON_LINES).body(out -> export.write(from, last, out));
    }

    private static ErrorResponseException invalid(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("urn:gongkai:problem:invalid-parameter"));
        problem.setTitle("Invalid parameter");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
