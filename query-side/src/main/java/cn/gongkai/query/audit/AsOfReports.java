package cn.gongkai.query.audit;

import cn.gongkai.events.audit.Books;
import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.audit.FoldCheckpoints.Checkpoint;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.report.ReportService;
import cn.gongkai.query.report.ReportSnapshot;
import cn.gongkai.query.report.Scope;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports as the stream stood at a recorded moment: the organs' events recorded by then, folded into
 * {@link Books} and tallied by the same counting rules as the live report, without touching any projection.
 */
@Service
public class AsOfReports {

    private final ReportService reports;
    private final EventLog eventLog;
    private final FoldCheckpoints checkpoints;

    public AsOfReports(ReportService reports, EventLog eventLog, FoldCheckpoints checkpoints) {
        this.reports = reports;
        this.eventLog = eventLog;
        this.checkpoints = checkpoints;
    }

    /**
     * The report as the stream stood at the instant. For one organ, from the latest checkpoint of its fold recorded by
     * then ({@link CheckpointWriter}) and the events after it; for several (a subtree), from the first event: their
     * digest runs over all their events in stream order, which checkpoints of each organ cannot give. With
     * {@code fromCheckpoint} false, from the first event whatever the scope: an auditor's check of the checkpoints.
     */
    public AsOfReport report(String organId, ReportingYear year, Scope scope, Instant asOf, boolean fromCheckpoint) {
        Organ organ = reports.organ(organId);
        List<String> covered = reports.covered(organ, scope);
        long position = eventLog.positionAt(asOf);
        Optional<Checkpoint> checkpoint = fromCheckpoint && covered.size() == 1
                ? checkpoints.latestRecordedBy(covered.get(0), asOf) : Optional.empty();
        OrganFold fold = checkpoint.map(OrganFold::resume).orElseGet(() -> OrganFold.oneOff(organId));
        eventLog.forEachAfter(covered, fold.position(), position, event -> {
            if (!event.recordedAt().isAfter(asOf)) {
                fold.add(event);
            }
        });
        AssembledReport assembled = fold.books().report(year, reports.caseCountingRule(), organ.organ());
        ReportSnapshot snapshot = new ReportSnapshot(organ, year, scope, covered, position, asOf, fold.digest(),
                reports.caseCountingRule(), assembled.tables(), assembled.fees(), assembled.findings());
        return new AsOfReport(snapshot, checkpoint.map(Checkpoint::position));
    }

    /** An as-of report, and the position of the checkpoint its fold started from (empty: the first event). */
    public record AsOfReport(ReportSnapshot snapshot, Optional<Long> checkpoint) {
    }

    /**
     * The books of the organs as the stream stood at a recorded moment, or (asOf null) at the position the live
     * report reflects, so that what an auditor traces is what the report showed.
     */
    public Ledger books(String organId, Scope scope, Instant asOf) {
        Organ organ = reports.organ(organId);
        List<String> covered = reports.covered(organ, scope);
        long position = asOf == null ? reports.position() : eventLog.positionAt(asOf);
        return new Ledger(organ, covered, position, Books.fold(eventLog.eventsOf(covered, position, asOf)));
    }

    /** Books folded up to a position, for the organs they cover. */
    public record Ledger(Organ organ, List<String> organs, long position, Books books) {
    }
}
