package cn.gongkai.command.yearclose;

import cn.gongkai.platform.ProblemDetails;
import cn.gongkai.command.ingest.OrganDirectory;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/organs/{organ}/year-close/{year}}: close one organ's year now. */
@RestController
@Tag(name = ApiTags.REPORTS)
public class YearCloseController {

    private final YearClose yearClose;
    private final OrganDirectory organs;

    public YearCloseController(YearClose yearClose, OrganDirectory organs) {
        this.yearClose = yearClose;
        this.organs = organs;
    }

    @Operation(summary = "Close an organ's year now, carrying its open applications over to the next; "
            + "closing twice records nothing new")
    @ApiResponse(responseCode = "200", description = "Closed")
    @ApiResponse(responseCode = "409", description = "The year has not ended yet (Asia/Shanghai)")
    @ApiResponse(responseCode = "404", description = "No organ is registered under this id")
    @ApiResponse(responseCode = "400", description = "The year is out of range")
    @PostMapping("/api/v1/organs/{organ}/year-close/{year}")
    public YearCloseResult close(@PathVariable String organ,
                                 @Parameter(description = "The year to close", example = "2025")
                                 @PathVariable int year) {
        OrganId organId = OrganId.of(organ);
        if (!organs.isRegistered(organId)) {
            throw new OrganNotRegistered(organ);
        }
        return yearClose.close(organId, ReportingYear.of(year));
    }

    @ExceptionHandler(YearNotEnded.class)
    ProblemDetail notEnded(YearNotEnded notEnded) {
        return ProblemDetails.of(HttpStatus.CONFLICT, "year-not-ended", "Year not ended", notEnded.getMessage());
    }

    /** The same problem as the query side's for an organ a path names and nobody registered. */
    @ExceptionHandler(OrganNotRegistered.class)
    ProblemDetail unknownOrgan(OrganNotRegistered unknown) {
        return ProblemDetails.of(HttpStatus.NOT_FOUND, "unknown-organ", "Unknown organ", unknown.getMessage());
    }

    /** A parameter that cannot be read is a 400, as on every other endpoint. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException invalid) {
        return ProblemDetails.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                invalid.getMessage());
    }

    /** A path named an organ that is not registered. */
    static final class OrganNotRegistered extends RuntimeException {
        OrganNotRegistered(String organ) {
            super("organ " + organ + " is not registered");
        }
    }
}
