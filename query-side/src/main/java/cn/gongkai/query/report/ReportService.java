package cn.gongkai.query.report;

import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.ApplicationsTable;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.application.ApplicationFactRepository;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganRepository;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Computes an annual report from the live read models, in one snapshot of them. */
@Service
public class ReportService {

    private final OrganRepository organs;
    private final ApplicationFactRepository applications;
    private final ProjectionPositions positions;

    public ReportService(OrganRepository organs, ApplicationFactRepository applications,
                         ProjectionPositions positions) {
        this.organs = organs;
        this.applications = applications;
        this.positions = positions;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AnnualReport report(String organId, ReportingYear year, Scope scope) {
        Organ organ = organs.find(organId).orElseThrow(() -> new UnknownOrgan(organId));
        long position = positions.of(Projections.STATISTICS);
        List<String> covered = scope == Scope.SUBTREE ? subtree(organ) : List.of(organ.organ());
        ApplicationsTable table = ApplicationCounting.tally(year, applications.relevantTo(year, covered));
        return new AnnualReport(organ.organ(), organ.name(), year.value(), scope.name().toLowerCase(), covered,
                position, table.asMap(), ConsistencyRules.check(table));
    }

    private List<String> subtree(Organ root) {
        List<Organ> all = organs.all();
        List<String> covered = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root.organ()));
        while (!pending.isEmpty()) {
            String current = pending.pop();
            if (!covered.contains(current)) {
                covered.add(current);
                all.stream().filter(o -> current.equals(o.parent())).forEach(o -> pending.push(o.organ()));
            }
        }
        return covered;
    }
}
