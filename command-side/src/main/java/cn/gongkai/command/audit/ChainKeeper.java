package cn.gongkai.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends a link to the hash chain for every event, in the order the stream is read, in the same transaction as
 * the processor's token. An event already chained (the processor replayed) is left as it is.
 */
@Component
@ProcessingGroup(ChainKeeper.PROCESSING_GROUP)
public class ChainKeeper {

    public static final String PROCESSING_GROUP = "event-chain";

    private final JdbcTemplate jdbc;
    /** The last link written, kept between events; forgotten when a batch rolls back. */
    private volatile Last last;

    public ChainKeeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        Integer chained = jdbc.queryForObject("select count(*) from event_chain where global_index = ?",
                Integer.class, position);
        if (chained != null && chained > 0) {
            return;
        }
        Last previous = last != null ? last : jdbc.query(
                "select chain_seq, link from event_chain order by chain_seq desc limit 1",
                rs -> rs.next() ? new Last(rs.getLong(1), rs.getString(2)) : new Last(0, ChainLink.BEFORE_FIRST));
        String link = ChainLink.next(previous.link(), StoredEvent.of(message, position));
        jdbc.update("insert into event_chain (chain_seq, global_index, event_id, link) values (?, ?, ?, ?)",
                previous.seq() + 1, position, message.getIdentifier(), link);
        last = new Last(previous.seq() + 1, link);
        CurrentUnitOfWork.ifStarted(batch -> batch.onRollback(u -> last = null));
    }

    private record Last(long seq, String link) {
    }
}
