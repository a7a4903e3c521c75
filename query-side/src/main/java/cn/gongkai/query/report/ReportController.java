package cn.gongkai.query.report;

import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.audit.AsOfReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** {@code GET /api/v1/organs/{organ}/reports/{year}}: the annual report as JSON. */
@RestController
public class ReportController {

    private final ReportService reports;
    private final AsOfReports asOfReports;

    public ReportController(ReportService reports, AsOfReports asOfReports) {
        this.reports = reports;
        this.asOfReports = asOfReports;
    }

    @GetMapping(path = "/api/v1/organs/{organ}/reports/{year}", produces = "application/json")
    public AnnualReport report(@PathVariable String organ, @PathVariable int year,
                               @RequestParam(defaultValue = "self") String scope,
                               @RequestParam(defaultValue = "json") String format,
                               @RequestParam(required = false) String asOf) {
        if (!"json".equals(format)) {
            throw new IllegalArgumentException("format '" + format + "' is not available yet; use json");
        }
        ReportingYear reportingYear = ReportingYear.of(year);
        if (asOf != null) {
            return AnnualReport.of(asOfReports.report(organ, reportingYear, Scope.parse(scope), instant(asOf)));
        }
        return AnnualReport.of(reports.report(organ, reportingYear, Scope.parse(scope)));
    }

    /** An RFC 3339 instant with its offset, e.g. 2026-01-20T09:00:00+08:00. */
    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be an RFC 3339 instant with an offset, e.g. "
                    + "2026-01-20T09:00:00+08:00, not '" + value + "'");
        }
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
