package cn.gongkai.query.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * PostgreSQL statements over many rows at once: each column of the rows is one array parameter (the values as text),
 * unnested into rows {@code v(c0, c1, …)} and cast back to the target columns' types, which are read once per table.
 * One statement's work on the server instead of one executed statement per row.
 */
final class SetStatements {

    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, String>> types = new ConcurrentHashMap<>();

    SetStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code unnest(?::text[], …) as v(c0, …)} for this many columns. */
    static String unnest(int columns) {
        return "unnest(" + IntStream.range(0, columns).mapToObj(i -> "?::text[]").collect(Collectors.joining(", "))
                + ") as v(" + IntStream.range(0, columns).mapToObj(i -> "c" + i).collect(Collectors.joining(", "))
                + ")";
    }

    /** {@code v.cI::type} for the unnested column {@code i} going into {@code column} of {@code table}. */
    String value(String table, String column, int i) {
        String type = types.computeIfAbsent(table, this::read).get(column);
        if (type == null) {
            throw new IllegalStateException("no column " + column + " in " + table);
        }
        return "v.c" + i + "::" + type;
    }

    /** Runs the statement with the rows' values (each row in the statement's column order) as its arrays. */
    int execute(String sql, List<Object[]> rows) {
        int width = rows.get(0).length;
        String[][] columns = new String[width][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
                columns[c][r] = text(row[c]);
            }
        }
        return jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int c = 0; c < width; c++) {
                statement.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            return statement;
        });
    }

    /** A value as PostgreSQL reads it back from text; null stays null. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }

    private Map<String, String> read(String table) {
        Map<String, String> byColumn = new HashMap<>();
        jdbc.query("select column_name, udt_name from information_schema.columns where table_name = ? "
                + "and table_schema = current_schema()", rs -> {
            byColumn.put(rs.getString(1), rs.getString(2));
        }, table);
        return byColumn;
    }
}
