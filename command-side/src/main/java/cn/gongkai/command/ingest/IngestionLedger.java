package cn.gongkai.command.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The persisted idempotency keys: every (source, id) ever ingested, with the digest of its content. */
@Repository
class IngestionLedger {

    private static final int LOOKUP_CHUNK = 200;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public IngestionLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The digests already recorded for any of these keys. On PostgreSQL each key is its own primary-key look-up (a
     * lateral join over two arrays): a list of row values is planned as a scan of every key of the source whenever
     * the table's statistics lag behind its growth, and then costs seconds for a batch of 500.
     */
    public Map<IngestionKey, String> digestsOf(Collection<IngestionKey> keys) {
        Map<IngestionKey, String> found = new HashMap<>();
        List<IngestionKey> all = new ArrayList<>(keys);
        if (all.isEmpty()) {
            return found;
        }
        if (isPostgres()) {
            jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement("select k.source, k.id, l.content_digest "
                        + "from unnest(?::varchar[], ?::varchar[]) as k(source, id) cross join lateral "
                        + "(select content_digest from ingested_cloud_event where source = k.source and id = k.id) l");
                statement.setArray(1, connection.createArrayOf("varchar",
                        all.stream().map(IngestionKey::source).toArray()));
                statement.setArray(2, connection.createArrayOf("varchar", all.stream().map(IngestionKey::id).toArray()));
                return statement;
            }, (ResultSet rs) -> {
                found.put(new IngestionKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            });
            return found;
        }
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<IngestionKey> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            String sql = "select source, id, content_digest from ingested_cloud_event where (source, id) in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "(?, ?)")) + ")";
            Object[] args = chunk.stream().flatMap(k -> Stream.of(k.source(), k.id())).toArray();
            jdbc.query(sql, rs -> {
                found.put(new IngestionKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            }, args);
        }
        return found;
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((java.sql.Connection connection) ->
                    "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }

    /** Records the keys in the current transaction; a key recorded concurrently fails the transaction. */
    public void record(List<CloudEvent> events, Instant recordedAt) {
        Timestamp at = Timestamp.from(recordedAt);
        jdbc.batchUpdate("insert into ingested_cloud_event (source, id, content_digest, type, recorded_at) "
                        + "values (?, ?, ?, ?, ?)",
                events.stream().map(e -> new Object[]{e.source(), e.id(), e.contentDigest(), e.type(), at}).toList());
    }
}
