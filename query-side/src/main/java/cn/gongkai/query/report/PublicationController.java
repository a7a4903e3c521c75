package cn.gongkai.query.report;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.ScopeParameter;
import cn.gongkai.query.organ.UnknownOrganResponse;
import cn.gongkai.query.report.ReportPublisher.CommandSideAbsent;
import cn.gongkai.query.report.ReportPublisher.Publication;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code POST /api/v1/organs/{organ}/reports/{year}/publication}: freeze the live report's figures, position and
 * digest as a {@code gongkai.report.published} event, recorded by the command side in the same process (through
 * {@link ReportPublisher}, which only a process running both sides provides).
 */
@RestController
@Tag(name = ApiTags.REPORTS)
public class PublicationController {

    private final ReportService reports;
    private final ObjectProvider<ReportPublisher> publisher;
    private final Clock clock;

    public PublicationController(ReportService reports, ObjectProvider<ReportPublisher> publisher, Clock clock) {
        this.reports = reports;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What was frozen. */
    public record Published(String organ, int year, String scope, LocalDate publishedOn, long position,
                            String digest) {
    }

    @Operation(summary = "Publish a year's report: freeze its figures, stream position and digest as an event")
    @ApiResponse(responseCode = "200", description = "Published")
    @UnknownOrganResponse
    @ApiResponse(responseCode = "409", description = "The year has not ended yet (Asia/Shanghai)")
    @ApiResponse(responseCode = "503", description = "The command side, which records publication, does not run "
            + "in this process")
    @PostMapping("/api/v1/organs/{organ}/reports/{year}/publication")
    public Published publish(@PathVariable String organ,
                             @Parameter(description = "The reporting year", example = "2025") @PathVariable int year,
                             @ScopeParameter @RequestParam(defaultValue = "self") String scope) {
        LocalDate today = BusinessTime.today(clock);
        // a year after the last one Gongkai reads has not ended either; one before the first is refused as unreadable
        if (year > ReportingYear.LAST || !ReportingYear.of(year).hasEndedBy(today)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the report for " + year
                    + " can be published from 1 January " + (year + 1) + " (Asia/Shanghai)");
            problem.setType(URI.create("urn:gongkai:problem:year-not-ended"));
            problem.setTitle("Year not ended");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        ReportSnapshot report = reports.report(organ, ReportingYear.of(year), Scope.parse(scope));
        String scopeName = report.scope().name().toLowerCase(Locale.ROOT);
        publisherHere().publish(new Publication(OrganId.of(report.organ().organ()), report.year(), scopeName, today,
                report.position(), report.digest(), AnnualReport.figures(report)));
        return new Published(report.organ().organ(), year, scopeName, today, report.position(), report.digest());
    }

    private ReportPublisher publisherHere() {
        ReportPublisher here = publisher.getIfAvailable();
        if (here == null) {
            throw new CommandSideAbsent(null);
        }
        return here;
    }

    @ExceptionHandler(CommandSideAbsent.class)
    ProblemDetail noCommandSide(CommandSideAbsent absent) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, absent.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:no-command-side"));
        problem.setTitle("Command side not here");
        return problem;
    }
}
