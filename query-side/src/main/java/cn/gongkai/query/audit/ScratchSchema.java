package cn.gongkai.query.audit;

import cn.gongkai.platform.StoreDatabase;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A schema beside the live one holding copies of read-model tables, which replay verification fills from the stream
 * and compares with the live ones. Works on PostgreSQL and H2.
 */
@Component
class ScratchSchema {

    public static final String NAME = "replay_scratch";

    private final JdbcTemplate jdbc;

    public ScratchSchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Drops any earlier scratch copy and creates empty copies of the tables (on PostgreSQL with their keys and
     * indexes, so that a copy breaking one fails to load).
     */
    public void recreate(List<String> tables) {
        jdbc.execute("drop schema if exists " + NAME + " cascade");
        jdbc.execute("create schema " + NAME);
        boolean postgres = postgres();
        for (String table : tables) {
            jdbc.execute(postgres
                    ? "create table " + NAME + "." + table + " (like " + live(table) + " including all)"
                    : "create table " + NAME + "." + table + " as select * from " + live(table) + " where 1 = 0");
        }
    }

    /** Rows of the live table missing from the scratch copy, plus rows of the copy missing from the live table. */
    public long differences(String table) {
        String live = live(table);
        String scratch = NAME + "." + table;
        return count("select count(*) from (select * from " + live + " except select * from " + scratch + ") d")
                + count("select count(*) from (select * from " + scratch + " except select * from " + live + ") d");
    }

    public long rows(String table) {
        return count("select count(*) from " + live(table));
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static String live(String table) {
        return "public." + table;
    }

    private boolean postgres() {
        return jdbc.execute((ConnectionCallback<StoreDatabase>) StoreDatabase::of) == StoreDatabase.POSTGRESQL;
    }
}
