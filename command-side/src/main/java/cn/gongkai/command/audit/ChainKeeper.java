package cn.gongkai.command.audit;

import cn.gongkai.command.batching.DeferredStatements;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Appends a link to the hash chain for every event, in the order the stream is read, in the same transaction as
 * the processor's token; a batch's links are written together as it commits. An event already chained (the
 * processor replayed) is left as it is.
 */
@Component
@ProcessingGroup(ChainKeeper.PROCESSING_GROUP)
public class ChainKeeper {

    public static final String PROCESSING_GROUP = "event-chain";
    private static final String BATCH_POSITIONS = ChainKeeper.class.getName() + ".positions";

    private final JdbcTemplate jdbc;
    /** The last link written, kept between events; forgotten when a batch rolls back. */
    private volatile Last last;

    public ChainKeeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = globalIndexOf(message, token);
        Set<Long> inThisBatch = chainedInThisBatch();
        if (inThisBatch.contains(position) || mayBeChained(position)) {
            return;
        }
        inThisBatch.add(position);
        Last previous = last != null ? last : jdbc.query(
                "select chain_seq, link, (select max(global_index) from event_chain) from event_chain "
                        + "order by chain_seq desc limit 1",
                rs -> rs.next() ? new Last(rs.getLong(1), rs.getString(2), rs.getLong(3))
                        : new Last(0, ChainLink.BEFORE_FIRST, -1));
        String link = ChainLink.next(previous.link(), StoredEvent.of(message, position));
        DeferredStatements.add(jdbc, "insert into event_chain (chain_seq, global_index, event_id, link) "
                        + "values (?, ?, ?, ?)",
                previous.seq() + 1, position, message.getIdentifier(), link);
        last = new Last(previous.seq() + 1, link, Math.max(previous.highest(), position));
        CurrentUnitOfWork.ifStarted(batch -> batch.onRollback(u -> last = null));
    }

    /**
     * The event's own position. A token names the highest position read so far, which is the event's own only when
     * the event moved it; an event filling a gap left by a transaction that committed late (many senders at once)
     * comes with a token beyond it, so its position is looked up.
     */
    private long globalIndexOf(EventMessage<?> message, TrackingToken token) {
        long highest = token.position().orElseThrow();
        if (last != null && highest > last.highest()) {
            return highest;
        }
        Long own = jdbc.queryForObject("select globalIndex from domainevententry where eventIdentifier = ?",
                Long.class, message.getIdentifier());
        return own == null ? highest : own;
    }

    /**
     * The positions this batch has chained, not yet written: an event met again in the same batch (a gap that the
     * stream fills while the batch runs) is not chained twice.
     */
    private static Set<Long> chainedInThisBatch() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().getOrComputeResource(BATCH_POSITIONS, key -> new HashSet<>())
                : new HashSet<>();
    }

    /**
     * Whether the event may have been chained already: only one below the highest position chained so far (a replay,
     * or a gap filled late) needs the look-up.
     */
    private boolean mayBeChained(long position) {
        if (last != null && position > last.highest()) {
            return false;
        }
        Integer chained = jdbc.queryForObject("select count(*) from event_chain where global_index = ?",
                Integer.class, position);
        return chained != null && chained > 0;
    }

    private record Last(long seq, String link, long highest) {
    }
}
