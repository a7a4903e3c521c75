package cn.gongkai.query.projection.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL table's shadow: an empty copy without indexes that a rebuild loads in bulk, then indexes like the
 * live table (under temporary names), and finally puts in the live table's place, with the live table's index and
 * constraint names, in the caller's transaction.
 */
final class ShadowTable {

    private final JdbcTemplate jdbc;
    private final String live;
    private final String shadow;
    private final List<IndexCopy> indexes = new ArrayList<>();

    /** One index of the live table and its copy on the shadow; {@code constraint} is the primary key's name, if any. */
    private record IndexCopy(String name, String definition, String constraint, String temporary) {
    }

    private ShadowTable(JdbcTemplate jdbc, String live) {
        this.jdbc = jdbc;
        this.live = live;
        this.shadow = live + "_rebuilt";
    }

    /**
     * Drops any shadow left by an interrupted rebuild and creates an empty one, with the live table's storage
     * options (its fill factor).
     */
    static ShadowTable create(JdbcTemplate jdbc, String live) {
        ShadowTable table = new ShadowTable(jdbc, live);
        jdbc.execute("drop table if exists " + table.shadow);
        jdbc.execute("create table " + table.shadow + " (like " + live + " including defaults)");
        String[] options = jdbc.queryForObject("select reloptions from pg_class where oid = ?::regclass",
                (rs, i) -> rs.getArray(1) == null ? null : (String[]) rs.getArray(1).getArray(), live);
        if (options != null && options.length > 0) {
            jdbc.execute("alter table " + table.shadow + " set (" + String.join(", ", options) + ")");
        }
        return table;
    }

    String name() {
        return shadow;
    }

    /** Builds the live table's indexes and primary key on the loaded shadow, and analyses it. */
    void index() {
        jdbc.query("select i.relname, pg_get_indexdef(i.oid), c.conname from pg_index x "
                + "join pg_class i on i.oid = x.indexrelid "
                + "left join pg_constraint c on c.conindid = x.indexrelid and c.conrelid = x.indrelid "
                + "and c.contype = 'p' where x.indrelid = ?::regclass order by i.relname", rs -> {
            String name = rs.getString(1);
            indexes.add(new IndexCopy(name, rs.getString(2), rs.getString(3),
                    "rebuilt_" + indexes.size() + "_" + live));
        }, live);
        for (IndexCopy index : indexes) {
            String definition = index.definition().replaceFirst("^(CREATE (UNIQUE )?INDEX )\\S+ ON \\S+ USING ",
                    "$1" + index.temporary() + " ON " + shadow + " USING ");
            jdbc.execute(definition);
            if (index.constraint() != null) {
                jdbc.execute("alter table " + shadow + " add constraint " + index.temporary()
                        + " primary key using index " + index.temporary());
            }
        }
        jdbc.execute("analyze " + shadow);
    }

    /** Puts the shadow in the live table's place; run it in the transaction that hands the projection over. */
    void swap() {
        jdbc.execute("drop table " + live);
        jdbc.execute("alter table " + shadow + " rename to " + live);
        for (IndexCopy index : indexes) {
            if (index.constraint() != null) {
                jdbc.execute("alter table " + live + " rename constraint " + index.temporary() + " to "
                        + index.constraint());
            } else {
                jdbc.execute("alter index " + index.temporary() + " rename to " + index.name());
            }
        }
    }
}
