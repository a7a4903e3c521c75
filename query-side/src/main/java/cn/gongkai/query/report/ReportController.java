package cn.gongkai.query.report;

import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.audit.AsOf;
import cn.gongkai.query.audit.AsOfReports;
import cn.gongkai.query.narrative.PublicationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;


/** {@code GET /api/v1/organs/{organ}/reports/{year}}: the annual report as JSON. */
@RestController
public class ReportController {

    private final ReportService reports;
    private final AsOfReports asOfReports;
    private final PublicationRepository publications;

    public ReportController(ReportService reports, AsOfReports asOfReports, PublicationRepository publications) {
        this.reports = reports;
        this.asOfReports = asOfReports;
        this.publications = publications;
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
        ReportSnapshot live = reports.report(organ, reportingYear, Scope.parse(scope));
        return AnnualReport.of(live, publications.latest(live.organ().organ(), reportingYear,
                live.scope().name().toLowerCase(Locale.ROOT), AnnualReport.figures(live)).orElse(null));
    }
}
