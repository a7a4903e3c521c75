package cn.gongkai.query.application;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.UnknownOrganResponse;
import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/organs/{organ}/applications?status=open|overdue|due-soon}: open applications with their
 * statutory due dates, as of today in Asia/Shanghai.
 */
@RestController
@Tag(name = ApiTags.APPLICATIONS)
public class ApplicationsController {

    private final ApplicationDeadlines deadlines;
    private final OrganScopes organs;
    private final Clock clock;

    public ApplicationsController(ApplicationDeadlines deadlines, OrganScopes organs, Clock clock) {
        this.deadlines = deadlines;
        this.organs = organs;
        this.clock = clock;
    }

    public record Applications(String organ, LocalDate today, String status,
                               List<ApplicationDeadlines.OpenApplication> applications) {
    }

    @Operation(summary = "An organ's open applications with their statutory due dates, as of today (Asia/Shanghai)")
    @ApiResponse(responseCode = "200", description = "The applications, with today's date and the status asked for")
    @UnknownOrganResponse
    @Parameter(name = "status", description = "open: every open application; overdue: past its due date; "
            + "due-soon: due within the next few working days (gongkai.clock.due-soon-working-days, 5 by default)",
            schema = @Schema(type = "string", allowableValues = {"open", "overdue", "due-soon"}, defaultValue = "open"))
    @GetMapping("/api/v1/organs/{organ}/applications")
    public Applications applications(@PathVariable String organ, @RequestParam(defaultValue = "open") String status) {
        ApplicationDeadlines.Status wanted = ApplicationDeadlines.Status.parse(status);
        String organId = organs.organ(organ).organ();
        LocalDate today = BusinessTime.today(clock);
        return new Applications(organId, today, ApplicationDeadlines.code(wanted),
                deadlines.list(organId, wanted, today));
    }
}
