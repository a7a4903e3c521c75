package cn.gongkai.query.audit;

import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.audit.Books;
import cn.gongkai.events.audit.EventDigest;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.report.ReportingYear;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.report.ReportService;
import cn.gongkai.query.report.ReportSnapshot;
import cn.gongkai.query.report.Scope;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reports as the stream stood at a recorded moment: the organs' events recorded by then, folded into
 * {@link Books} and tallied by the same counting rules as the live report, without touching any projection.
 */
@Service
public class AsOfReports {

    private final ReportService reports;
    private final EventLog eventLog;

    public AsOfReports(ReportService reports, EventLog eventLog) {
        this.reports = reports;
        this.eventLog = eventLog;
    }

    public ReportSnapshot report(String organId, ReportingYear year, Scope scope, Instant asOf) {
        Organ organ = reports.organ(organId);
        List<String> covered = reports.covered(organ, scope);
        long position = eventLog.positionAt(asOf);
        List<AuditedEvent> events = eventLog.eventsOf(covered, position, asOf);
        Books books = Books.fold(events);
        ReportTables tables = books.tables(year, reports.caseCountingRule(), organ.organ());
        ReportTables lastYear = year.value() == ReportingYear.FIRST ? null
                : withoutNarrative(books.tables(ReportingYear.of(year.value() - 1), reports.caseCountingRule(),
                organ.organ()));
        List<Finding> findings = new ArrayList<>(ConsistencyRules.check(tables, lastYear));
        findings.addAll(ConsistencyRules.carryOverContradictions(year, books.carryOverContradictions(year)));
        return new ReportSnapshot(organ, year, scope, covered, position, asOf, EventDigest.of(events),
                reports.caseCountingRule(), tables, books.processingFees(year), List.copyOf(findings));
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

    private static ReportTables withoutNarrative(ReportTables tables) {
        return new ReportTables(tables.applications(), tables.proactive(), tables.cases(), Map.of());
    }
}
