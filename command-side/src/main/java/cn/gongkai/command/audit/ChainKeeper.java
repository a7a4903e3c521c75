package cn.gongkai.command.audit;

import cn.gongkai.events.audit.AuditedEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;

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

    private final Serializer serializer;

    public ChainKeeper(Serializer serializer) {
        this.serializer = serializer;
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
     */
    public void chain(Connection connection, Prepared appended) throws SQLException {
        Link last = lastLink(connection);
        List<Link> links = new ArrayList<>();
        int page = appended.events.size() + SLACK;
        List<Unchained> rows;
        do {
            rows = unchainedAfter(connection, last.position(), page);
            for (Unchained row : rows) {
                StoredEvent.Appending inHand = appended.events.get(row.eventId());
                AuditedEvent event = inHand != null ? inHand.at(row.position()) : readBack(connection, row);
                last = new Link(last.seq() + 1, row.position(), row.eventId(), ChainLink.next(last.link(), event));
                links.add(last);
            }
        } while (rows.size() == page);
        write(connection, links);
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

    private record Unchained(long position, String eventId) {
    }

    private record Link(long seq, long position, String eventId, String link) {
    }
}
