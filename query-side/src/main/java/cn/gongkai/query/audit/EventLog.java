package cn.gongkai.query.audit;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.store.RecordedMoments;
import cn.gongkai.platform.StoreDatabase;
import cn.gongkai.query.projection.EventTable;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the recorded events of organs straight from the event store, in stream order: the input of as-of reports,
 * digests, provenance and export, independent of every projection. An organ's streams are those whose aggregate
 * identifier is {@code kind:organ/…}, and its registration {@code organ:organ}.
 */
@Repository
public class EventLog implements OrganEvents {

    /** {@code yyyy-MM-ddTHH:mm:ss}: the moment to the second, fixed width, so it sorts as text. */
    private static final int SECOND_PREFIX = 19;

    private final String table;

    /** The organ code of an aggregate identifier ({@code kind:organ/…} or {@code organ:organ}), as indexed. */
    public static final String ORGAN_OF_AGGREGATE = StreamIds.organInSql("aggregateIdentifier");

    private final JdbcTemplate jdbc;
    private final EventRowReader rows;
    private final StoreDatabase database;

    public EventLog(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer, EventTable table) {
        this.table = table.name();
        this.jdbc = jdbc;
        this.rows = new EventRowReader(serializer);
        this.database = StoreDatabase.of(jdbc.getDataSource());
    }

    /** The organs' events at or below the position, recorded at or before the instant (null: any). */
    public List<AuditedEvent> eventsOf(Collection<String> organs, long upToPosition, Instant recordedBy) {
        List<AuditedEvent> events = new ArrayList<>();
        forEach(organs, upToPosition, event -> {
            if (recordedBy == null || !event.recordedAt().isAfter(recordedBy)) {
                events.add(event);
            }
        });
        return events;
    }

    /** Streams the organs' events at or below the position to the consumer, one at a time. */
    public void forEach(Collection<String> organs, long upToPosition, Consumer<AuditedEvent> consumer) {
        forEachAfter(organs, -1, upToPosition, consumer);
    }

    /** Streams the organs' events after one position and at or below another, in stream order. */
    @Override
    public void forEachAfter(Collection<String> organs, long afterPosition, long upToPosition,
                             Consumer<AuditedEvent> consumer) {
        for (String organ : organs) {
            if (organ.contains("%") || organ.contains("_") || organ.contains("/") || organ.contains(":")) {
                throw new IllegalArgumentException("not an organ code: " + organ);
            }
        }
        if (organs.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select globalIndex, eventIdentifier, "
                    + "payloadType, payloadRevision, payload, metaData, timeStamp, aggregateIdentifier from " + table
                    + " where (" + organsCondition(organs.size()) + ") and globalIndex > ? and globalIndex <= ? "
                    + "order by globalIndex");
            statement.setFetchSize(500);
            int parameter = 1;
            if (database == StoreDatabase.POSTGRESQL) {
                statement.setArray(parameter++, connection.createArrayOf("varchar", organs.toArray()));
            } else {
                for (String organ : organs) {
                    statement.setString(parameter++, StreamIds.likeStreamsOf(organ));
                    statement.setString(parameter++, StreamIds.organ(organ));
                }
            }
            statement.setLong(parameter++, afterPosition);
            statement.setLong(parameter, upToPosition);
            return statement;
        }, rs -> {
            String aggregate = rs.getString(8);
            if (StreamIds.belongsTo(aggregate, organs)) {
                consumer.accept(rows.read(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), rs.getBytes(6), rs.getString(7)));
            }
        });
    }

    /**
     * Which rows are the organs': on PostgreSQL the organ code inside the aggregate identifier, by the index of the
     * same expression (one index lookup per organ, or one pass for many); elsewhere (H2, the embedded default's
     * small stores) pattern matches. Either way {@link StreamIds#belongsTo} has the last word.
     */
    private String organsCondition(int organs) {
        if (database == StoreDatabase.POSTGRESQL) {
            return ORGAN_OF_AGGREGATE + " = any(?)";
        }
        return String.join(" or ",
                Collections.nCopies(organs, "aggregateIdentifier like ? or aggregateIdentifier = ?"));
    }

    /**
     * For each event after one position and at or below another, in stream order: its position, the organ whose
     * event it is (null for a stream of no organ), its stream and its recorded moment as stored. Reads no payload.
     */
    public void forEachOrganOf(long afterPosition, long upToPosition, OrganEvent consumer) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select globalIndex, aggregateIdentifier, "
                    + "timeStamp from " + table + " where globalIndex > ? and globalIndex <= ? order by globalIndex");
            statement.setFetchSize(5000);
            statement.setLong(1, afterPosition);
            statement.setLong(2, upToPosition);
            return statement;
        }, rs -> {
            String aggregate = rs.getString(2);
            consumer.accept(rs.getLong(1), StreamIds.organOf(aggregate), aggregate, rs.getString(3));
        });
    }

    /** An event's position, organ, stream and recorded moment (ISO-8601 text). */
    @FunctionalInterface
    public interface OrganEvent {
        void accept(long position, String organ, String aggregate, String recordedAt);
    }

    /** The highest position in the store, or -1 when it is empty. */
    public long head() {
        Long head = jdbc.queryForObject("select max(globalIndex) from " + table, Long.class);
        return head == null ? -1 : head;
    }

    /**
     * The highest position recorded at or before the instant. The store keeps each event's moment as ISO-8601 text
     * with 3 to 9 fraction digits, which sorts as text to the second (its first 19 characters) but not within one. So
     * the events of the instant's own second are compared here, one by one; for the seconds before it, the index of
     * moments finds the latest second with an event, and the store's promise ({@link RecordedMoments}) puts the
     * highest position among the events recorded in the window before that second: anything recorded earlier
     * committed before them. A few index look-ups, whether the instant is now or years back.
     */
    public long positionAt(Instant instant) {
        String second = secondOf(instant);
        long[] position = {-1};
        jdbc.query("select globalIndex, timeStamp from " + table + " where timeStamp >= ? and timeStamp < ?", rs -> {
            if (!Instant.parse(rs.getString(2)).isAfter(instant)) {
                position[0] = Math.max(position[0], rs.getLong(1));
            }
        }, second, secondOf(instant.plusSeconds(1)));
        String latestBefore = jdbc.queryForObject("select max(timeStamp) from " + table + " where timeStamp < ?",
                String.class, second);
        if (latestBefore != null) {
            Instant windowStart = Instant.parse(latestBefore).minus(RecordedMoments.SEARCH_WINDOW);
            // On PostgreSQL "offset 0" keeps the range a scan of the moment index: planned as max() alone, the
            // highest position could be sought backwards from the head, through every later event.
            String window = "select globalIndex from " + table + " where timeStamp >= ? and timeStamp < ?"
                    + (database == StoreDatabase.POSTGRESQL ? " offset 0" : "");
            Long before = jdbc.queryForObject("select max(globalIndex) from (" + window + ") w", Long.class,
                    secondOf(windowStart), second);
            if (before != null) {
                position[0] = Math.max(position[0], before);
            }
        }
        return position[0];
    }

    /** The moment to the second as stored moments begin: compared as text, in any collation of digits. */
    private static String secondOf(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS))
                .substring(0, SECOND_PREFIX);
    }
}
