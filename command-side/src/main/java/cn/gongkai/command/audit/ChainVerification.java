package cn.gongkai.command.audit;

import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the hash chain and recomputes every link from the event row it names, as the rows stand now: a row that
 * is gone, or whose content no longer gives the link recorded for it, is named by its position.
 */
@Service
public class ChainVerification {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;

    public ChainVerification(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    /** A broken link: the event at {@code position} is {@code MISSING} or {@code ALTERED}. */
    public record Break(long position, String eventId, String problem) {
    }

    /** The verdict over the whole chain. */
    public record Verdict(String status, long linksChecked, long eventsNotYetChained, String head, List<Break> breaks,
                          long durationMillis) {
    }

    public Verdict verify() {
        Instant started = clock.instant();
        List<Break> breaks = new ArrayList<>();
        long[] checked = {0};
        String[] head = {ChainLink.BEFORE_FIRST};
        jdbc.query("select c.global_index, c.event_id, c.link, e.payloadType, e.payloadRevision, e.payload, "
                + "e.metaData, e.timeStamp, e.eventIdentifier from event_chain c left join domainevententry e "
                + "on e.globalIndex = c.global_index order by c.chain_seq", rs -> {
            long position = rs.getLong(1);
            String recorded = rs.getString(3);
            checked[0]++;
            if (rs.getString(9) == null) {
                breaks.add(new Break(position, rs.getString(2), "MISSING"));
            } else if (!recorded.equals(recompute(head[0], position, rs.getString(9), rs.getString(4),
                    rs.getString(5), rs.getBytes(6), rs.getBytes(7), rs.getString(8)))) {
                breaks.add(new Break(position, rs.getString(2), "ALTERED"));
            }
            head[0] = recorded;
        });
        Long unchained = jdbc.queryForObject("select count(*) from domainevententry e where not exists "
                + "(select 1 from event_chain c where c.global_index = e.globalIndex)", Long.class);
        return new Verdict(breaks.isEmpty() ? "INTACT" : "BROKEN", checked[0], unchained == null ? 0 : unchained,
                head[0], List.copyOf(breaks), Duration.between(started, clock.instant()).toMillis());
    }

    private String recompute(String previous, long position, String eventId, String payloadType, String revision,
                             byte[] payload, byte[] metaData, String timeStamp) {
        try {
            return ChainLink.next(previous, StoredEvent.fromRow(serializer, position, eventId, payloadType, revision,
                    payload, metaData, timeStamp));
        } catch (RuntimeException unreadable) {
            return "unreadable: " + unreadable.getMessage();
        }
    }
}
