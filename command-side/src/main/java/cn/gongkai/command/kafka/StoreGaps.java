package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.events.kafka.PositionRange;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which gaps of a token in the event store are permanent. A position with no event is either a transaction still in
 * flight (its event will appear) or one that rolled back (it never will); as Axon does, a gap is taken to be
 * permanent once the event after it is older than the gap timeout.
 */
final class StoreGaps {

    private final JdbcTemplate jdbc;
    private final Duration timeout;
    private final Clock clock;

    StoreGaps(JdbcTemplate jdbc, Duration timeout, Clock clock) {
        this.jdbc = jdbc;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** The position just below the lowest gap, without looking at the store. */
    static long belowLowestGap(GapAwareTrackingToken token) {
        return token.getGaps().isEmpty() ? token.getIndex() : token.getGaps().first() - 1;
    }

    /** The highest position at or below which the token has handled every event there is or will be. */
    long settledBelow(GapAwareTrackingToken token) {
        Instant settledBefore = clock.instant().minus(timeout);
        for (long gap : token.getGaps()) {
            List<Next> next = jdbc.query("select globalIndex, timeStamp from domainevententry where globalIndex >= ? "
                    + "order by globalIndex limit 1", (row, n) -> new Next(row.getLong(1), row.getString(2)), gap);
            if (next.isEmpty() || next.get(0).position() == gap
                    || Instant.parse(next.get(0).timestamp()).isAfter(settledBefore)) {
                return gap - 1;
            }
        }
        return token.getIndex();
    }

    /**
     * The positions above {@code after} and at most {@code upTo} that hold no event, in order; only the gaps are read
     * back, so a first call over a whole store after a start costs one scan of its index.
     */
    List<PositionRange> absentBetween(long after, long upTo) {
        long from = Math.max(after, KafkaContract.FIRST_POSITION - 1);
        if (upTo <= from) {
            return List.of();
        }
        List<PositionRange> absent = new ArrayList<>(jdbc.query("select previous + 1, globalIndex - 1 from ("
                + "select globalIndex, lag(globalIndex, 1, cast(? as bigint)) over (order by globalIndex) previous "
                + "from domainevententry where globalIndex > ? and globalIndex <= ?) steps "
                + "where globalIndex > previous + 1", (row, n) -> new PositionRange(row.getLong(1), row.getLong(2)),
                from, from, upTo));
        Long last = jdbc.queryForObject("select max(globalIndex) from domainevententry where globalIndex > ? "
                + "and globalIndex <= ?", Long.class, from, upTo);
        long highest = last == null ? from : last;
        if (highest < upTo) {
            absent.add(new PositionRange(highest + 1, upTo));
        }
        return absent;
    }

    long head() {
        Long head = jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);
        return head == null ? -1 : head;
    }

    private record Next(long position, String timestamp) {
    }
}
