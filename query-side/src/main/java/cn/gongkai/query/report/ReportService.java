package cn.gongkai.query.report;

import cn.gongkai.events.report.ApplicationCounting;
import cn.gongkai.events.report.CaseCounting;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ProactiveCounting;
import cn.gongkai.events.report.ProcessingFees;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.application.ApplicationFactRepository;
import cn.gongkai.query.projection.fold.StatisticsTables;
import cn.gongkai.query.application.CarryOverRepository;
import cn.gongkai.query.narrative.NarrativeRepository;
import cn.gongkai.query.audit.DigestCache;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganRepository;
import cn.gongkai.query.proactive.ProactiveFactRepository;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.review.CaseFactRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Computes an annual report from the live read models, in one snapshot of them: every table by the counting rules
 * of shared-events, and every consistency rule, with last year's report for the continuity rules. Figures already
 * computed for the same events are reused ({@link RecentFigures}).
 */
@Service
public class ReportService {

    private final OrganRepository organs;
    private final ApplicationFactRepository applications;
    private final CaseFactRepository cases;
    private final ProactiveFactRepository proactive;
    private final NarrativeRepository narratives;
    private final CarryOverRepository carryOvers;
    private final ProjectionPositions positions;
    private final DigestCache digests;
    private final RecentFigures recentFigures;
    private final CaseCountingRule caseCountingRule;

    public ReportService(OrganRepository organs, ApplicationFactRepository applications, CaseFactRepository cases,
                         ProactiveFactRepository proactive, NarrativeRepository narratives,
                         CarryOverRepository carryOvers, ProjectionPositions positions, DigestCache digests,
                         RecentFigures recentFigures,
                         @Value("${gongkai.report.case-counting-rule:CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END}")
                         CaseCountingRule caseCountingRule) {
        this.organs = organs;
        this.applications = applications;
        this.cases = cases;
        this.proactive = proactive;
        this.narratives = narratives;
        this.carryOvers = carryOvers;
        this.positions = positions;
        this.digests = digests;
        this.recentFigures = recentFigures;
        this.caseCountingRule = caseCountingRule;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReportSnapshot report(String organId, ReportingYear year, Scope scope) {
        Organ organ = organ(organId);
        long position = positions.of(Projections.STATISTICS);
        List<String> covered = covered(organ, scope);
        String digest = digests.digest(covered, position);
        RecentFigures.Figures figures = recentFigures.of(covered, year.value(), digest,
                () -> figures(organ, year, covered));
        return new ReportSnapshot(organ, year, scope, covered, position, null, digest, caseCountingRule,
                figures.tables(), figures.fees(), figures.findings());
    }

    private RecentFigures.Figures figures(Organ organ, ReportingYear year, List<String> covered) {
        ReportTables tables = tables(organ, year, covered);
        List<Finding> findings = new ArrayList<>(ConsistencyRules.check(tables, lastYear(organ, year, covered)));
        findings.addAll(ConsistencyRules.carryOverContradictions(year, carryOvers.contradicted(year, covered)));
        ProcessingFees fees = ProcessingFees.tally(year,
                proactive.money(StatisticsTables.FEE_CHARGED, year, covered),
                proactive.money(StatisticsTables.FEE_PAID, year, covered));
        return new RecentFigures.Figures(tables, fees, List.copyOf(findings));
    }

    public Organ organ(String organId) {
        return organs.find(organId).orElseThrow(() -> new UnknownOrgan(organId));
    }

    public List<String> covered(Organ organ, Scope scope) {
        return scope == Scope.SUBTREE ? subtree(organ) : List.of(organ.organ());
    }

    /** The stream position the live read models reflect. */
    public long position() {
        return positions.of(Projections.STATISTICS);
    }

    public CaseCountingRule caseCountingRule() {
        return caseCountingRule;
    }

    private ReportTables tables(Organ organ, ReportingYear year, List<String> covered) {
        return new ReportTables(
                ApplicationCounting.tallyGroups(year, applications.groupsRelevantTo(year, covered)),
                ProactiveCounting.tally(year, proactive.documents(covered), proactive.stocks(covered),
                        proactive.decisions(year, covered),
                        proactive.money(StatisticsTables.FEE_COLLECTED, year, covered)),
                CaseCounting.tally(year, caseCountingRule, cases.filedBy(year, covered)),
                narratives.of(organ.organ(), year));
    }

    /** Last year's tables for the continuity rules; none before the first year a report can have. */
    private ReportTables lastYear(Organ organ, ReportingYear year, List<String> covered) {
        if (year.value() == ReportingYear.FIRST) {
            return null;
        }
        ReportTables previous = tables(organ, ReportingYear.of(year.value() - 1), covered);
        return new ReportTables(previous.applications(), previous.proactive(), previous.cases(), Map.of());
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
