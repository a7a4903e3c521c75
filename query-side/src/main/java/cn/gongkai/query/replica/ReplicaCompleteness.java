package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.events.kafka.PositionRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the copy holds the whole history up to the settled position (the lowest partition watermark): every
 * position from the first is either copied or known to hold no event ({@code replica_absent}). A position that is
 * neither is <em>missing</em>: the topic no longer holds it (its early records deleted), or it was removed from the
 * copy. The check moves {@code replica_complete} forward to just below the first missing position, so the projections
 * never read past a hole; positions are checked when they settle and again in full from time to time, so that a row
 * removed later is found too.
 */
final class ReplicaCompleteness {

    private static final Logger log = LoggerFactory.getLogger(ReplicaCompleteness.class);

    private final JdbcTemplate jdbc;
    private volatile State state = new State(List.of(), KafkaContract.FIRST_POSITION - 1, -1);
    /** The highest position this check has looked at; missing ones at or below it are in {@link #state}. */
    private long checkedTo = KafkaContract.FIRST_POSITION - 1;

    ReplicaCompleteness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the last check found: the positions missing, the complete and the settled positions. */
    public record State(List<PositionRange> missing, long complete, long settled) {

        public long missingCount() {
            return PositionRange.count(missing);
        }
    }

    public State state() {
        return state;
    }

    /**
     * Checks the positions settled since the last check, and again the ranges found missing before; with
     * {@code whole}, every position from the first. Each check reads only what it has not read before, so a copy
     * that lacks its beginning is not scanned whole at every poll.
     */
    synchronized State check(boolean whole) {
        long settled = settled();
        long complete = complete();
        checkedTo = Math.max(checkedTo, complete);
        List<PositionRange> found = new ArrayList<>();
        if (whole) {
            found.addAll(missingIn(KafkaContract.FIRST_POSITION, checkedTo));
        } else {
            state.missing().forEach(range -> found.addAll(missingIn(range.first(), range.last())));
        }
        if (settled > checkedTo) {
            found.addAll(missingIn(checkedTo + 1, settled));
            checkedTo = settled;
        }
        List<PositionRange> missing = PositionRange.merge(found);
        long reached = missing.isEmpty() ? checkedTo : missing.get(0).first() - 1;
        if (reached > complete) {
            jdbc.update("update replica_complete set position = greatest(position, ?) where id = 1", reached);
        }
        if (!missing.equals(state.missing())) {
            log.warn(missing.isEmpty() ? "The copy of the events topic is whole again, up to position {}"
                    : "The copy of the events topic lacks positions {}; figures are withheld until they are copied",
                    missing.isEmpty() ? settled : PositionRange.format(missing));
        }
        state = new State(missing, Math.max(reached, complete), settled);
        return state;
    }

    /** The positions from {@code first} to {@code last} that are neither copied nor known to hold no event. */
    List<PositionRange> missingIn(long first, long last) {
        if (last < first) {
            return List.of();
        }
        List<PositionRange> absent = PositionRange.merge(jdbc.query("select first_position, last_position "
                        + "from replica_absent where last_position >= ? and first_position <= ?",
                (row, n) -> new PositionRange(row.getLong(1), row.getLong(2)), first, last));
        long known = PositionRange.count(absent.stream().flatMap(r -> r.within(first, last).stream()).toList());
        Long copied = jdbc.queryForObject("select count(*) from replicatedevent where globalIndex >= ? "
                + "and globalIndex <= ?", Long.class, first, last);
        if (copied != null && copied + known == last - first + 1) {
            return List.of();
        }
        return PositionRange.minus(gapsIn(first, last), absent);
    }

    /** The positions from {@code first} to {@code last} with no row in the copy. */
    private List<PositionRange> gapsIn(long first, long last) {
        List<PositionRange> gaps = new ArrayList<>(jdbc.query("select previous + 1, globalIndex - 1 from ("
                        + "select globalIndex, lag(globalIndex, 1, cast(? as bigint)) over (order by globalIndex) "
                        + "previous from replicatedevent where globalIndex >= ? and globalIndex <= ?) steps "
                        + "where globalIndex > previous + 1",
                (row, n) -> new PositionRange(row.getLong(1), row.getLong(2)), first - 1, first, last));
        Long highest = jdbc.queryForObject("select max(globalIndex) from replicatedevent where globalIndex >= ? "
                + "and globalIndex <= ?", Long.class, first, last);
        long copiedTo = highest == null ? first - 1 : highest;
        if (copiedTo < last) {
            gaps.add(new PositionRange(copiedTo + 1, last));
        }
        return gaps;
    }

    private long settled() {
        Long settled = jdbc.queryForObject("select min(position) from replica_watermark", Long.class);
        return settled == null ? -1 : settled;
    }

    private long complete() {
        Long complete = jdbc.queryForObject("select position from replica_complete where id = 1", Long.class);
        return complete == null ? KafkaContract.FIRST_POSITION - 1 : complete;
    }
}
