package cn.gongkai.query.operations;

import cn.gongkai.platform.operations.ProgressReport;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Starts the query side's long operation, the projection rebuild; {@code GET /api/v1/operations} follows it. */
@RestController
@Tag(name = ApiTags.OPERATIONS)
public class ProjectionRebuildController {

    private final ProjectionRebuild rebuild;

    public ProjectionRebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild the statistics projections from the first event; answers the operation to follow")
    @ApiResponse(responseCode = "202", description = "Started; Location names the operation to follow")
    @PostMapping(path = "/api/v1/operations/projection-rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ProgressReport> rebuild() {
        ProgressReport started = rebuild.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/operations/" + started.id()))
                .body(started);
    }
}
