package cn.gongkai.command.yearclose;

import cn.gongkai.command.ingest.OrganDirectory;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.report.ReportingYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code POST /api/v1/organs/{organ}/year-close/{year}}: close one organ's year now. */
@RestController
public class YearCloseController {

    private final YearClose yearClose;
    private final OrganDirectory organs;

    public YearCloseController(YearClose yearClose, OrganDirectory organs) {
        this.yearClose = yearClose;
        this.organs = organs;
    }

    @PostMapping("/api/v1/organs/{organ}/year-close/{year}")
    public YearCloseResult close(@PathVariable String organ, @PathVariable int year) {
        OrganId organId = OrganId.of(organ);
        if (!organs.isRegistered(organId)) {
            throw new IllegalArgumentException("organ " + organ + " is not registered");
        }
        return yearClose.close(organId, ReportingYear.of(year));
    }

    @ExceptionHandler(YearNotEnded.class)
    ProblemDetail notEnded(YearNotEnded notEnded) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, notEnded.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:year-not-ended"));
        problem.setTitle("Year not ended");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:invalid-parameter"));
        problem.setTitle("Invalid parameter");
        return problem;
    }
}
