package cn.gongkai.query.audit;

import cn.gongkai.events.audit.Books;
import cn.gongkai.query.audit.FoldCheckpoints.Checkpoint;
import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganScopes;
import cn.gongkai.query.organ.Scope;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The organs' events as the stream stood at a recorded moment, folded into {@link Books} without touching any
 * projection: for an as-of report (from the latest checkpoint of the fold when one organ is asked for), and for the
 * books an auditor traces a figure in.
 */
@Service
public class AsOfFolds {

    private final OrganScopes organs;
    private final ProjectionPositions positions;
    private final EventLog eventLog;
    private final FoldCheckpoints checkpoints;

    public AsOfFolds(OrganScopes organs, ProjectionPositions positions, EventLog eventLog,
                     FoldCheckpoints checkpoints) {
        this.organs = organs;
        this.positions = positions;
        this.eventLog = eventLog;
        this.checkpoints = checkpoints;
    }

    /**
     * The covered organs' events recorded by the instant, folded. For one organ, from the latest checkpoint of its
     * fold recorded by then ({@link CheckpointWriter}) and the events after it; for several (a subtree), from the first
     * event: their digest runs over all their events in stream order, which checkpoints of each organ cannot give.
     * With {@code fromCheckpoint} false, from the first event whatever the organs: an auditor's check of the
     * checkpoints.
     */
    public Folded fold(String organId, List<String> covered, Instant asOf, boolean fromCheckpoint) {
        long position = eventLog.positionAt(asOf);
        Optional<Checkpoint> checkpoint = fromCheckpoint && covered.size() == 1
                ? checkpoints.latestRecordedBy(covered.get(0), asOf) : Optional.empty();
        OrganFold fold = checkpoint.map(OrganFold::resume).orElseGet(() -> OrganFold.oneOff(organId));
        eventLog.forEachAfter(covered, fold.position(), position, event -> {
            if (!event.recordedAt().isAfter(asOf)) {
                fold.add(event);
            }
        });
        return new Folded(position, fold.books(), fold.digest(), checkpoint.map(Checkpoint::position));
    }

    /**
     * The events folded as of a moment: the stream position of that moment, the books, the digest of the events, and
     * the position of the checkpoint the fold started from (empty: the first event).
     */
    public record Folded(long position, Books books, String digest, Optional<Long> checkpoint) {
    }

    /**
     * The books of the organs as the stream stood at a recorded moment, or (asOf null) at the position the live
     * report reflects, so that what an auditor traces is what the report showed.
     */
    public Ledger books(String organId, Scope scope, Instant asOf) {
        Organ organ = organs.organ(organId);
        List<String> covered = organs.covered(organ, scope);
        long position = asOf == null ? positions.of(Projections.STATISTICS) : eventLog.positionAt(asOf);
        return new Ledger(organ, covered, position, Books.fold(eventLog.eventsOf(covered, position, asOf)));
    }

    /** Books folded up to a position, for the organs they cover. */
    public record Ledger(Organ organ, List<String> organs, long position, Books books) {
    }
}
