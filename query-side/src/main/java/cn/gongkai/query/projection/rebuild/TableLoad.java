package cn.gongkai.query.projection.rebuild;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads rows into a table in bulk: on PostgreSQL with {@code COPY … FROM STDIN} (text format, streamed a megabyte at a
 * time), elsewhere with batched inserts.
 */
final class TableLoad {

    private static final int COPY_CHUNK = 1 << 20;
    private static final int INSERT_BATCH = 1000;

    private TableLoad() {
    }

    static void load(Connection connection, boolean postgres, String table, List<String> columns,
                     Collection<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            copy(connection, table, columns, rows);
        } else {
            insert(connection, table, columns, rows);
        }
    }

    private static void copy(Connection connection, String table, List<String> columns, Collection<Object[]> rows)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
            for (Object[] row : rows) {
                appendRow(text, row);
                if (text.length() >= COPY_CHUNK) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** One row in COPY's text format: its values separated by tabs, and a newline. */
    static void appendRow(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(text, row[i]);
        }
        text.append('\n');
    }

    /** One value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
        } else if (value instanceof BigDecimal amount) {
            text.append(amount.toPlainString());
        } else if (value instanceof Number || value instanceof java.sql.Date) {
            text.append(value);
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    private static void insert(Connection connection, String table, List<String> columns, Collection<Object[]> rows)
            throws SQLException {
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement("insert into " + table + " ("
                + String.join(", ", columns) + ") values (" + marks + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
                if (++pending == INSERT_BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
