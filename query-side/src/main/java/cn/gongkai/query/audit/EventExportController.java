package cn.gongkai.query.audit;

import cn.gongkai.events.audit.ExportLine;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.ScopeParameter;
import cn.gongkai.query.organ.UnknownOrganResponse;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /api/v1/organs/{organ}/events}: the organ's events as JSON Lines, for an auditor to recompute a report
 * and its digest offline. A year's figures rest on earlier years (carry-over, opening balances) and on later
 * corrections of applicant categories, so the export holds every event of the organ (or its subtree) up to
 * {@code position}, by default the head of the stream; {@code year}, when given, is checked and echoed in the
 * file name.
 */
@RestController
@Tag(name = ApiTags.AUDIT)
public class EventExportController {

    public static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");
    /** The stream position an export reaches. */
    static final String POSITION = "X-Gongkai-Position";

    private final OrganScopes organs;
    private final EventLog eventLog;

    public EventExportController(OrganScopes organs, EventLog eventLog) {
        this.organs = organs;
        this.eventLog = eventLog;
    }

    @Operation(summary = "The organ's events as JSON Lines, for an auditor to recompute a report and its digest "
            + "offline")
    @ApiResponse(responseCode = "200", description = "One exported event a line, in stream order",
            headers = @Header(name = POSITION, description = "The stream position the export reaches",
                    schema = @Schema(type = "integer", format = "int64")),
            content = @Content(mediaType = "application/jsonl", schema = @Schema(type = "string")))
    @UnknownOrganResponse
    @Parameter(name = "year", description = "A reporting year, checked and named in the file name; the export "
            + "holds every event of the organ either way", example = "2025")
    @Parameter(name = "position", description = "The last stream position to export; the head of the stream "
            + "when absent", schema = @Schema(type = "integer", format = "int64", minimum = "0"))
    @GetMapping("/api/v1/organs/{organ}/events")
    public ResponseEntity<StreamingResponseBody> export(@PathVariable String organ,
                                                        @RequestParam(required = false) Integer year,
                                                        @ScopeParameter @RequestParam(defaultValue = "self")
                                                        String scope,
                                                        @RequestParam(required = false) Long position) {
        if (position != null && position < 0) {
            throw new IllegalArgumentException("position must be 0 or more (the events up to that position), not "
                    + position);
        }
        Organ found = organs.organ(organ);
        List<String> covered = organs.covered(found, Scope.parse(scope));
        long upTo = position == null ? eventLog.head() : position;
        String name = found.organ() + (year == null ? "" : "-" + ReportingYear.of(year)) + "-events.jsonl";
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            eventLog.forEach(covered, upTo, event -> {
                try {
                    writer.write(ExportLine.of(event));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok().contentType(JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(POSITION, Long.toString(upTo))
                .body(body);
    }
}
