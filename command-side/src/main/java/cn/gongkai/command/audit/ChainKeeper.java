package cn.gongkai.command.audit;

import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.platform.StoreDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extends the hash chain in the transaction that appends the events, right after their rows are inserted. The
 * store's append lock is held from the insert to the commit (positions are drawn in commit order), so the chain's
 * last link read here is the one every later append will follow, and a rolled-back append leaves no link behind.
 * The events being appended are chained from the messages in hand, as their rows will read; any unchained row below
 * them (appended by a writer that did not chain, such as an earlier version before an upgrade) is read back and
 * chained first, in position order.
 */
public final class ChainKeeper {

    private static final String LAST_LINK = "select chain_seq, link, (select max(global_index) from event_chain) "
            + "from event_chain order by chain_seq desc limit 1";
    /**
     * A page of the rows after a position, in position order. The limit keeps the plan an index range scan of the
     * primary key whatever the table's statistics say: without it a generic plan for "after a position" estimates a
     * third of the table and scans all of it, once per append.
     */
    private static final String UNCHAINED = "select globalIndex, eventIdentifier from domainevententry "
            + "where globalIndex > ? order by globalIndex limit ?";
    /** Rows read beyond the append's own per page: room for a few events some other writer left unchained. */
    private static final int SLACK = 16;
    private static final String ROW = "select payloadType, payloadRevision, payload, metaData, timeStamp "
            + "from domainevententry where globalIndex = ?";
    private static final String INSERT = "insert into event_chain (chain_seq, global_index, event_id, link) "
            + "values (?, ?, ?, ?)";
    /** The same rows as one statement over arrays, on PostgreSQL: one parse and one round trip for an append. */
    private static final String INSERT_ARRAYS = "insert into event_chain (chain_seq, global_index, event_id, link) "
            + "select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[])";

    private final Serializer serializer;
    private final StoreDatabase database;

    public ChainKeeper(Serializer serializer, StoreDatabase database) {
        this.serializer = serializer;
        this.database = database;
    }

    /**
     * Renders what can be rendered of the events before they are inserted, outside the append lock: everything of
     * their canonical lines but the positions.
     */
    public Prepared prepare(List<? extends EventMessage<?>> appending) {
        Map<String, StoredEvent.Appending> inHand = new HashMap<>();
        appending.forEach(message -> inHand.put(message.getIdentifier(), StoredEvent.appending(message)));
        return new Prepared(inHand);
    }

    /** The events of one append, rendered but for their positions, by event identifier. */
    public static final class Prepared {
        private final Map<String, StoredEvent.Appending> events;

        private Prepared(Map<String, StoredEvent.Appending> events) {
            this.events = events;
        }
    }

    /**
     * Chains every event not chained yet, the prepared ones just inserted among them, on the appending connection.
     * Answers the highest position among the prepared events (-1 when none was found).
     */
    public long chain(Connection connection, Prepared appended) throws SQLException {
        Link last = lastLink(connection);
        List<Link> links = new ArrayList<>();
        long highestAppended = -1;
        int page = appended.events.size() + SLACK;
        MessageDigest sha256 = ChainLink.sha256();
        List<Unchained> rows;
        do {
            rows = unchainedAfter(connection, last.position(), page);
            for (Unchained row : rows) {
                StoredEvent.Appending inHand = appended.events.get(row.eventId());
                String link = inHand != null ? inHand.linkAfter(last.link(), row.position(), sha256)
                        : ChainLink.next(last.link(), readBack(connection, row));
                if (inHand != null) {
                    highestAppended = Math.max(highestAppended, row.position());
                }
                last = new Link(last.seq() + 1, row.position(), row.eventId(), link);
                links.add(last);
            }
        } while (rows.size() == page);
        if (database == StoreDatabase.POSTGRESQL) {
            writeArrays(connection, links);
        } else {
            write(connection, links);
        }
        return highestAppended;
    }

    private static Link lastLink(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LAST_LINK);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? new Link(rs.getLong(1), rs.getLong(3), null, rs.getString(2).trim())
                    : new Link(0, -1, null, ChainLink.BEFORE_FIRST);
        }
    }

    private static List<Unchained> unchainedAfter(Connection connection, long position, int limit)
            throws SQLException {
        List<Unchained> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNCHAINED)) {
            statement.setLong(1, position);
            statement.setInt(2, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Unchained(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return rows;
    }

    private AuditedEvent readBack(Connection connection, Unchained row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ROW)) {
            statement.setLong(1, row.position());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return StoredEvent.fromRow(serializer, row.position(), row.eventId(), rs.getString(1),
                        rs.getString(2), rs.getBytes(3), rs.getBytes(4), rs.getString(5));
            }
        }
    }

    private static void write(Connection connection, List<Link> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Link link : links) {
                insert.setLong(1, link.seq());
                insert.setLong(2, link.position());
                insert.setString(3, link.eventId());
                insert.setString(4, link.link());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeArrays(Connection connection, List<Link> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        Long[] seqs = new Long[links.size()];
        Long[] positions = new Long[links.size()];
        String[] eventIds = new String[links.size()];
        String[] hashes = new String[links.size()];
        for (int i = 0; i < links.size(); i++) {
            seqs[i] = links.get(i).seq();
            positions[i] = links.get(i).position();
            eventIds[i] = links.get(i).eventId();
            hashes[i] = links.get(i).link();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ARRAYS)) {
            insert.setArray(1, connection.createArrayOf("bigint", seqs));
            insert.setArray(2, connection.createArrayOf("bigint", positions));
            insert.setArray(3, connection.createArrayOf("varchar", eventIds));
            insert.setArray(4, connection.createArrayOf("varchar", hashes));
            insert.executeUpdate();
        }
    }

    private record Unchained(long position, String eventId) {
    }

    private record Link(long seq, long position, String eventId, String link) {
    }
}
