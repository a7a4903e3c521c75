package cn.gongkai.query.dashboard;

import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.dashboard.CellApplications.ListedApplication;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.organ.ScopeParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** The dashboard's data: live counts (once, or pushed as Server-Sent Events), table 三's layout, a cell's list. */
@RestController
@Tag(name = "dashboard", description = "Live counts of a year (by default the latest with data) and the applications "
        + "behind report cells")
public class DashboardController {

    private final DashboardService dashboard;
    private final DashboardFeed feed;
    private final OrganScopes scopes;
    private final CellApplications cells;

    public DashboardController(DashboardService dashboard, DashboardFeed feed, OrganScopes scopes,
                               CellApplications cells) {
        this.dashboard = dashboard;
        this.feed = feed;
        this.scopes = scopes;
        this.cells = cells;
    }

    @Operation(summary = "A year's counts of an organ or its subtree, live (Asia/Shanghai)",
            description = "Without 'year', the latest year in which the organs covered received or decided an "
                    + "application or had a review or lawsuit (the current year when there is none); the answer's "
                    + "'years' lists the years with data.")
    @GetMapping(path = "/api/v1/organs/{organ}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    public DashboardCounts counts(@PathVariable String organ,
                                  @ScopeParameter @RequestParam(defaultValue = "self")
                                  String scope,
                                  @Parameter(description = "the reporting year, up to the current one")
                                  @RequestParam(required = false) Integer year) {
        return dashboard.counts(organ, Scope.parse(scope), yearOf(year));
    }

    @Operation(summary = "The same counts pushed as Server-Sent Events named 'counts' whenever they change",
            description = "Without 'year' the stream follows the latest year with data, moving on when a new "
                    + "year's first event is counted.")
    @GetMapping(path = "/api/v1/organs/{organ}/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@PathVariable String organ,
                             @ScopeParameter @RequestParam(defaultValue = "self")
                             String scope,
                             @Parameter(description = "the reporting year, up to the current one")
                             @RequestParam(required = false) Integer year) {
        return feed.watch(organ, Scope.parse(scope), yearOf(year));
    }

    private static DashboardYear yearOf(Integer year) {
        return year == null ? DashboardYear.latestWithData() : DashboardYear.asked(year);
    }

    @Operation(summary = "Table 三's rows and columns with the labels of the national format")
    @GetMapping(path = "/api/v1/report-layout/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReportLayout layout() {
        return ReportLayout.applications();
    }

    @Operation(summary = "The applications a cell of table 三 counts")
    @GetMapping(path = "/api/v1/organs/{organ}/reports/{year}/cells/{row}/{column}/applications",
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CellListing cell(@PathVariable String organ, @PathVariable int year, @PathVariable ApplicationRow row,
                            @PathVariable ApplicationColumn column,
                            @ScopeParameter @RequestParam(defaultValue = "self") String scope) {
        Organ root = scopes.organ(organ);
        ReportingYear reportingYear = ReportingYear.of(year);
        List<ListedApplication> listed = cells.behind(reportingYear, row, column,
                scopes.covered(root, Scope.parse(scope)));
        return new CellListing(root.organ(), year, row.name(), row.label(), column.name(), column.label(),
                listed.size(), listed);
    }

    /** A cell's figure and the applications that make it. */
    public record CellListing(String organ, int year, String row, String rowLabel, String column, String columnLabel,
                              int count, List<ListedApplication> applications) {
    }
}
