package cn.gongkai.command.kafka;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    long head() {
        Long head = jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);
        return head == null ? -1 : head;
    }

    private record Next(long position, String timestamp) {
    }
}
