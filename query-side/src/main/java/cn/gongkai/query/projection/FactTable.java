package cn.gongkai.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Idempotent writes of fact rows, so that an event delivered twice, or an older event delivered after a newer one,
 * leaves a read model as it was. Table and column names come from the projections' own constants, never from input.
 */
@Component
public class FactTable {

    public static final String LAST_POSITION = "last_position";

    private final JdbcTemplate jdbc;

    public FactTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets the values of the row with this key as of the event at {@code position}, unless a later event did. A new
     * row, the common case, takes one statement.
     */
    public void upsert(String table, Map<String, Object> key, Map<String, Object> values, long position) {
        Map<String, Object> assigned = new LinkedHashMap<>(values);
        assigned.put(LAST_POSITION, position);
        Map<String, Object> row = new LinkedHashMap<>(key);
        row.putAll(assigned);
        if (insertUnlessPresent(table, key, row) == 0) {
            update(table, key, values, position);
        }
    }

    /** Updates the row with this key as of the event at {@code position}, if it exists and no later event did. */
    public void update(String table, Map<String, Object> key, Map<String, Object> values, long position) {
        Map<String, Object> assigned = new LinkedHashMap<>(values);
        assigned.put(LAST_POSITION, position);
        List<Object> args = new ArrayList<>(assigned.values());
        args.addAll(key.values());
        args.add(position);
        jdbc.update("update " + table + " set " + assignments(assigned) + " where " + matching(key) + " and "
                + LAST_POSITION + " < ?", args.toArray());
    }

    /** Inserts a fact that never changes once recorded, unless it is there already. */
    public void insertIfAbsent(String table, Map<String, Object> key, Map<String, Object> values) {
        Map<String, Object> row = new LinkedHashMap<>(key);
        row.putAll(values);
        insertUnlessPresent(table, key, row);
    }

    public void deleteAll(String table) {
        jdbc.update("delete from " + table);
    }

    /** One statement: the row goes in unless a row with its key is there; answers how many rows went in. */
    private int insertUnlessPresent(String table, Map<String, Object> key, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(row.values());
        args.addAll(key.values());
        return jdbc.update("insert into " + table + " (" + columns + ") select " + marks + " where not exists "
                + "(select 1 from " + table + " where " + matching(key) + ")", args.toArray());
    }

    private static String assignments(Map<String, Object> values) {
        return values.keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
    }

    private static String matching(Map<String, Object> key) {
        return key.keySet().stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
    }
}
