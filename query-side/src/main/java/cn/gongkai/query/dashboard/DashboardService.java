package cn.gongkai.query.dashboard;

import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.report.CaseCounting;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.CaseTable;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.application.ApplicationDeadlines;
import cn.gongkai.query.application.ApplicationFactRepository;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.review.CaseFactRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The dashboard's counts for a year ({@link DashboardYear}), tallied by the report's own counting rules
 * ({@link ApplicationCounting}, {@link CaseCounting}) from the same read models, so a tile and the report cell it
 * stands for cannot disagree.
 */
@Service
class DashboardService {

    private final OrganScopes scopes;
    private final ApplicationFactRepository applications;
    private final CaseFactRepository cases;
    private final ProjectionPositions positions;
    private final CaseCountingRule caseCountingRule;
    private final Clock clock;
    private final ApplicationDeadlines deadlines;
    private final YearsWithData yearsWithData;

    public DashboardService(OrganScopes scopes, ApplicationFactRepository applications, CaseFactRepository cases,
                            ProjectionPositions positions, CaseCountingRule caseCountingRule, Clock clock,
                            ApplicationDeadlines deadlines, YearsWithData yearsWithData) {
        this.scopes = scopes;
        this.applications = applications;
        this.cases = cases;
        this.positions = positions;
        this.caseCountingRule = caseCountingRule;
        this.clock = clock;
        this.deadlines = deadlines;
        this.yearsWithData = yearsWithData;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DashboardCounts counts(String organId, Scope scope, DashboardYear which) {
        return counts(organId, scope, which, (covered, today) -> {
            List<ApplicationDeadlines.OpenApplication> open = new ArrayList<>();
            covered.forEach(organ -> open.addAll(deadlines.list(organ, ApplicationDeadlines.Status.OPEN, today)));
            return ClockTally.of(deadlines, open).counts();
        });
    }

    /**
     * The counts, with the statutory clock's as {@code clockCounts} gives them for the covered organs and today (the
     * business gauges keep them by application and give them without reading every open one again).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DashboardCounts counts(String organId, Scope scope, DashboardYear which,
                                  BiFunction<List<String>, LocalDate, DashboardCounts.ClockCounts> clockCounts) {
        Organ organ = scopes.organ(organId);
        long position = positions.of(Projections.STATISTICS);
        List<String> covered = scopes.covered(organ, scope);
        LocalDate today = BusinessTime.today(clock);
        List<Integer> years = which.needsYears() ? yearsWithData.of(covered) : List.of();
        ReportingYear year = which.resolve(today, years);
        ApplicationsTable table = ApplicationCounting.tallyGroups(year, applications.groupsRelevantTo(year, covered));
        CaseTable caseTable = CaseCounting.tally(year, caseCountingRule, cases.filedBy(year, covered));
        DashboardTiles tiles = DashboardTiles.of(table, caseTable);
        return new DashboardCounts(organ.organ(), organ.name(), scope.name().toLowerCase(Locale.ROOT), covered,
                year.value(), years, today, position, tiles.received(), tiles.carriedOver(), tiles.decided(),
                tiles.decidedByGroup(), tiles.open(), clockCounts.apply(covered, today), tiles.reviews(),
                tiles.lawsuits());
    }
}
