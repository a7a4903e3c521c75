package cn.gongkai.query.application;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.query.report.ReportService;
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
public class ApplicationsController {

    private final ApplicationDeadlines deadlines;
    private final ReportService reports;
    private final Clock clock;

    public ApplicationsController(ApplicationDeadlines deadlines, ReportService reports, Clock clock) {
        this.deadlines = deadlines;
        this.reports = reports;
        this.clock = clock;
    }

    public record Applications(String organ, LocalDate today, String status,
                               List<ApplicationDeadlines.OpenApplication> applications) {
    }

    @GetMapping("/api/v1/organs/{organ}/applications")
    public Applications applications(@PathVariable String organ, @RequestParam(defaultValue = "open") String status) {
        ApplicationDeadlines.Status wanted = ApplicationDeadlines.Status.parse(status);
        String organId = reports.organ(organ).organ();
        LocalDate today = BusinessTime.today(clock);
        return new Applications(organId, today, ApplicationDeadlines.code(wanted),
                deadlines.list(organId, wanted, today));
    }
}
