package cn.gongkai.command.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads positions (global indexes) of the event store. */
@Repository
public class StreamPositions {

    /** The head of an empty store. */
    public static final long EMPTY = -1;

    private final JdbcTemplate jdbc;

    public StreamPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest position in the store, or -1 when it is empty. */
    public long head() {
        Long head = jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);
        return head == null ? EMPTY : head;
    }
}
