package cn.gongkai.platform.operations;

import cn.gongkai.security.ApiTags;
import cn.gongkai.security.RequestProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Long operations and their progress: done/total, rate and estimated time left. */
@RestController
@Tag(name = ApiTags.OPERATIONS)
public class OperationsController {

    private final Operations operations;

    public OperationsController(Operations operations) {
        this.operations = operations;
    }

    @Operation(summary = "Every long operation since this instance started, oldest first")
    @GetMapping(path = "/api/v1/operations", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ProgressReport> all() {
        return operations.all();
    }

    @Operation(summary = "One operation's progress")
    @ApiResponse(responseCode = "200", description = "The operation's progress")
    @ApiResponse(responseCode = "404", description = "No operation has this id on this instance")
    @GetMapping(path = "/api/v1/operations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ProgressReport> one(@PathVariable String id) {
        return ResponseEntity.ok(operations.find(id).orElseThrow(() ->
                RequestProblems.notFound("operation", "no operation has the id '" + id + "'")));
    }
}
