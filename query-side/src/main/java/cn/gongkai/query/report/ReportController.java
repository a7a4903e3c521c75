package cn.gongkai.query.report;

import cn.gongkai.events.report.ReportingYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** {@code GET /api/v1/organs/{organ}/reports/{year}}: the annual report as JSON. */
@RestController
public class ReportController {

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/organs/{organ}/reports/{year}", produces = "application/json")
    public AnnualReport report(@PathVariable String organ, @PathVariable int year,
                               @RequestParam(defaultValue = "self") String scope,
                               @RequestParam(defaultValue = "json") String format) {
        if (!"json".equals(format)) {
            throw new IllegalArgumentException("format '" + format + "' is not available yet; use json");
        }
        return AnnualReport.of(reports.report(organ, ReportingYear.of(year), Scope.parse(scope)));
    }

    @ExceptionHandler(UnknownOrgan.class)
    ProblemDetail unknownOrgan(UnknownOrgan unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:unknown-organ"));
        problem.setTitle("Unknown organ");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badParameter(IllegalArgumentException bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:invalid-parameter"));
        problem.setTitle("Invalid parameter");
        return problem;
    }
}
