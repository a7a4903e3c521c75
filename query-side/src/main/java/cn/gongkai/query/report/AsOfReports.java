package cn.gongkai.query.report;

import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.query.audit.AsOfFolds;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.Scope;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports as the stream stood at a recorded moment: the organs' events recorded by then, folded
 * ({@link AsOfFolds}) and tallied by the same report assembler and counting rules as the live report.
 */
@Service
class AsOfReports {

    private final OrganScopes organs;
    private final AsOfFolds folds;
    private final CaseCountingRule caseCountingRule;

    public AsOfReports(OrganScopes organs, AsOfFolds folds, CaseCountingRule caseCountingRule) {
        this.organs = organs;
        this.folds = folds;
        this.caseCountingRule = caseCountingRule;
    }

    /** The report as the stream stood at the instant; see {@link AsOfFolds#fold} for where its fold starts. */
    public AsOfReport report(String organId, ReportingYear year, Scope scope, Instant asOf, boolean fromCheckpoint) {
        Organ organ = organs.organ(organId);
        List<String> covered = organs.covered(organ, scope);
        AsOfFolds.Folded fold = folds.fold(organId, covered, asOf, fromCheckpoint);
        AssembledReport assembled = fold.books().report(year, caseCountingRule, organ.organ());
        ReportSnapshot snapshot = new ReportSnapshot(organ, year, scope, covered, fold.position(), asOf,
                fold.digest(), caseCountingRule, assembled.tables(), assembled.fees(), assembled.findings());
        return new AsOfReport(snapshot, fold.checkpoint());
    }

    /** An as-of report, and the position of the checkpoint its fold started from (empty: the first event). */
    public record AsOfReport(ReportSnapshot snapshot, Optional<Long> checkpoint) {
    }
}
