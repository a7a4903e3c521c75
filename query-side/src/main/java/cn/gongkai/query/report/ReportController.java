package cn.gongkai.query.report;

import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.audit.AsOf;
import cn.gongkai.query.audit.AsOfReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


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
            return AnnualReport.of(asOfReports.report(organ, reportingYear, Scope.parse(scope), AsOf.parse(asOf)));
        }
        return AnnualReport.of(reports.report(organ, reportingYear, Scope.parse(scope)));
    }
}
