package cn.gongkai.query.audit;

import cn.gongkai.events.audit.Books;
import cn.gongkai.events.audit.BooksCodec;
import cn.gongkai.events.audit.EventDigest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved checkpoints of the as-of fold ({@code fold_checkpoint}), one organ each: only those in the layout this
 * code folds ({@link BooksCodec#VERSION}) are read; the others wait to be replaced.
 */
@Repository
class FoldCheckpoints {

    private static final String COLUMNS = "organ, position, events, recorded_through, kept_for, books, digest_state";

    private final JdbcTemplate jdbc;

    public FoldCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The organ's books folded from each of its events at or below {@code position}: {@code events} of them, the
     * latest recorded at {@code recordedThrough}; {@code keptFor} says why it outlives newer ones (a year end, a
     * publication), or is null.
     */
    public record Checkpoint(String organ, long position, long events, Instant recordedThrough, String keptFor,
                             byte[] books, byte[] digestState) {

        public Books readBooks() {
            return BooksCodec.read(books);
        }

        public EventDigest resumeDigest() {
            return EventDigest.resume(digestState);
        }
    }

    /** The latest checkpoint of the organ whose events were all recorded at or before the instant. */
    public Optional<Checkpoint> latestRecordedBy(String organ, Instant instant) {
        return latestRecordedBy(organ, nanos(instant));
    }

    /** The latest checkpoint of the organ, whenever its events were recorded. */
    public Optional<Checkpoint> latest(String organ) {
        return latestRecordedBy(organ, Long.MAX_VALUE);
    }

    private Optional<Checkpoint> latestRecordedBy(String organ, long nanos) {
        List<Checkpoint> found = jdbc.query("select " + COLUMNS + " from fold_checkpoint where organ = ? and layout = ?"
                        + " and recorded_through <= ? order by position desc limit 1", (rs, row) -> new Checkpoint(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs.getLong(4)), rs.getString(5),
                        rs.getBytes(6), rs.getBytes(7)),
                organ, BooksCodec.VERSION, nanos);
        return found.stream().findFirst();
    }

    /** For each organ with a checkpoint, how far its latest one reaches. */
    public Map<String, Folded> latestOfEachOrgan() {
        Map<String, Folded> latest = new HashMap<>();
        jdbc.query("select c.organ, c.position, c.events, c.recorded_through from fold_checkpoint c join (select organ, max(position) p "
                + "from fold_checkpoint where layout = ? group by organ) m on c.organ = m.organ and c.position = m.p", rs -> {
            latest.put(rs.getString(1), new Folded(rs.getLong(2), rs.getLong(3), instant(rs.getLong(4))));
        }, BooksCodec.VERSION);
        return latest;
    }

    /** How far an organ's latest checkpoint reaches: its position, the events it folded, their latest moment. */
    public record Folded(long position, long events, Instant recordedThrough) {
    }

    /** Saves the checkpoint; one already there at its position stays, marked as kept if this one is. */
    public void save(Checkpoint checkpoint) {
        jdbc.update("insert into fold_checkpoint (" + COLUMNS + ", layout) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (organ, position) do nothing", checkpoint.organ(), checkpoint.position(),
                checkpoint.events(), nanos(checkpoint.recordedThrough()), checkpoint.keptFor(), checkpoint.books(),
                checkpoint.digestState(), BooksCodec.VERSION);
        if (checkpoint.keptFor() != null) {
            jdbc.update("update fold_checkpoint set kept_for = ? where organ = ? and position = ? and kept_for is null",
                    checkpoint.keptFor(), checkpoint.organ(), checkpoint.position());
        }
    }

    /** Checkpoints of layouts this code no longer reads: replaced as the organs are folded again. */
    public int deleteOtherLayouts() {
        return jdbc.update("delete from fold_checkpoint where layout <> ?", BooksCodec.VERSION);
    }

    static long nanos(Instant instant) {
        return Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L) + instant.getNano();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
