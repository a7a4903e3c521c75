package cn.gongkai.query.report;

import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.MoneyFact;
import cn.gongkai.events.report.ReportAssembler;
import cn.gongkai.events.report.ReportFacts;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.application.ApplicationFactRepository;
import cn.gongkai.query.application.CarryOverRepository;
import cn.gongkai.query.audit.DigestCache;
import cn.gongkai.query.narrative.NarrativeRepository;
import cn.gongkai.query.narrative.Publication;
import cn.gongkai.query.narrative.PublicationRepository;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.proactive.ProactiveFactRepository;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.fold.StatisticsTables;
import cn.gongkai.query.review.CaseFactRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Computes an annual report from the live read models, in one snapshot of them: every table by the counting rules
 * of shared-events, and every consistency rule, with last year's report for the continuity rules.
 * <p>
 * A report is a function of the events of its organs, which the digest identifies: while none of them arrives, the
 * figures computed for that digest are answered again ({@link RecentFigures}) after two short reads (the organ, the
 * position) and no transaction. Otherwise one snapshot reads the facts of both years at once (one query per table)
 * and remembers the figures and the latest publication under the new digest.
 */
@Service
class ReportService {

    /** A live report and its latest publication (null when it was never published), compared with its figures. */
    public record LiveReport(ReportSnapshot snapshot, Publication published) {
    }

    private final OrganScopes organs;
    private final ApplicationFactRepository applications;
    private final CaseFactRepository cases;
    private final ProactiveFactRepository proactive;
    private final NarrativeRepository narratives;
    private final CarryOverRepository carryOvers;
    private final PublicationRepository publications;
    private final ProjectionPositions positions;
    private final DigestCache digests;
    private final RecentFigures recentFigures;
    private final CaseCountingRule caseCountingRule;
    private final TransactionTemplate snapshot;

    public ReportService(OrganScopes organs, ApplicationFactRepository applications, CaseFactRepository cases,
                         ProactiveFactRepository proactive, NarrativeRepository narratives,
                         CarryOverRepository carryOvers, PublicationRepository publications,
                         ProjectionPositions positions, DigestCache digests, RecentFigures recentFigures,
                         PlatformTransactionManager transactionManager, CaseCountingRule caseCountingRule) {
        this.organs = organs;
        this.applications = applications;
        this.cases = cases;
        this.proactive = proactive;
        this.narratives = narratives;
        this.carryOvers = carryOvers;
        this.publications = publications;
        this.positions = positions;
        this.digests = digests;
        this.recentFigures = recentFigures;
        this.caseCountingRule = caseCountingRule;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The live report of the organ (or its subtree) for the year. */
    public ReportSnapshot report(String organId, ReportingYear year, Scope scope) {
        return live(organId, year, scope).snapshot();
    }

    /** The live report with its latest publication. */
    public LiveReport live(String organId, ReportingYear year, Scope scope) {
        List<String> covered = organs.covered(organs.organ(organId), scope);
        long position = positions.of(Projections.STATISTICS);
        String digest = digests.digest(covered, position);
        RecentFigures.Figures known = recentFigures.known(covered, year.value(), scope, digest);
        if (known != null) {
            return answer(year, scope, covered, position, digest, known);
        }
        return snapshot.execute(status -> computed(organId, year, scope));
    }

    /** Reads and counts everything in the current snapshot, and remembers the figures under their digest. */
    private LiveReport computed(String organId, ReportingYear year, Scope scope) {
        Organ organ = organs.organ(organId);
        List<String> covered = organs.covered(organ, scope);
        long position = positions.of(Projections.STATISTICS);
        String digest = digests.digest(covered, position);
        AssembledReport assembled = ReportAssembler.assemble(year, caseCountingRule, facts(organ, year, covered));
        ReportSnapshot report = new ReportSnapshot(organ, year, scope, covered, position, null, digest,
                caseCountingRule, assembled.tables(), assembled.fees(), assembled.findings());
        Publication published = publications.latest(organ.organ(), year, scope.name().toLowerCase(Locale.ROOT),
                AnnualReport.figures(report)).orElse(null);
        RecentFigures.Figures figures = new RecentFigures.Figures(organ, assembled.tables(), assembled.fees(),
                assembled.findings(), published);
        recentFigures.remember(covered, year.value(), scope, digest, figures);
        return new LiveReport(report, published);
    }

    private LiveReport answer(ReportingYear year, Scope scope, List<String> covered, long position, String digest,
                              RecentFigures.Figures figures) {
        return new LiveReport(new ReportSnapshot(figures.organ(), year, scope, covered, position, null, digest,
                caseCountingRule, figures.tables(), figures.fees(), figures.findings()), figures.published());
    }

    /** The stream position the live read models reflect. */
    public long position() {
        return positions.of(Projections.STATISTICS);
    }

    public CaseCountingRule caseCountingRule() {
        return caseCountingRule;
    }

    /**
     * The facts the report of the year and last year's can depend on, one read per table: supersets of what either
     * year's tables count, since every counting rule looks at the dates itself.
     */
    private ReportFacts facts(Organ organ, ReportingYear year, List<String> covered) {
        ReportingYear first = year.value() == ReportingYear.FIRST ? year : ReportingYear.of(year.value() - 1);
        Map<String, List<MoneyFact>> money = proactive.money(first, year, covered);
        return new ReportFacts(applications.groupsRelevantTo(first, year, covered), cases.filedBy(year, covered),
                proactive.documents(covered), proactive.stocks(covered), proactive.decisions(first, year, covered),
                money.getOrDefault(StatisticsTables.FEE_COLLECTED, List.of()),
                money.getOrDefault(StatisticsTables.FEE_CHARGED, List.of()),
                money.getOrDefault(StatisticsTables.FEE_PAID, List.of()), carryOvers.contradicted(year, covered),
                narratives.of(organ.organ(), year));
    }
}
