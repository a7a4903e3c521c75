package cn.gongkai.query.projection.rebuild;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Loads rows into the shadows of the statistics tables while a rebuild folds them (PostgreSQL): each table's rows are
 * encoded in {@code COPY}'s text format until a megabyte is reached, and a loader thread with a connection of its own
 * copies each megabyte in while the fold goes on. At most {@link #QUEUED} megabytes wait, so the memory a rebuild
 * holds is bounded by them, not by the store; and the server parses one table's rows while the fold makes the next.
 */
final class ShadowLoad implements RowSink, AutoCloseable {

    static final int CHUNK = 1 << 20;
    static final int QUEUED = 4;

    /** The text of some rows of one table, and the statement that copies them in; no text ends the loader. */
    private record Chunk(String copy, byte[] text) {
    }

    private static final Chunk END = new Chunk(null, null);

    /** One table's rows not yet handed to the loader. */
    private static final class Pending {
        final String copy;
        final StringBuilder text = new StringBuilder(CHUNK + 4096);

        Pending(String shadow, List<String> columns) {
            this.copy = "copy " + shadow + " (" + String.join(", ", columns) + ") from stdin";
        }
    }

    private final Map<String, Pending> pending = new HashMap<>();
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread loader;
    private volatile Throwable failure;

    /** Starts the loader for these tables: each live table's shadow name and columns, in the rows' order. */
    ShadowLoad(DataSource dataSource, Map<String, String> shadows, Map<String, List<String>> columns) {
        shadows.forEach((table, shadow) -> pending.put(table, new Pending(shadow, columns.get(table))));
        this.loader = new Thread(() -> load(dataSource), "projection-rebuild-loader");
        this.loader.setDaemon(true);
        this.loader.start();
    }

    @Override
    public void row(String table, Object[] row) {
        Pending rowsOf = pending.get(table);
        if (rowsOf == null) {
            throw new IllegalStateException("the rebuild has no shadow for table " + table);
        }
        TableLoad.appendRow(rowsOf.text, row);
        if (rowsOf.text.length() >= CHUNK) {
            handOver(rowsOf);
        }
    }

    /** Copies in what is still pending and waits until every row is in its shadow. */
    void finish() {
        for (Pending rowsOf : pending.values()) {
            if (!rowsOf.text.isEmpty()) {
                handOver(rowsOf);
            }
        }
        put(END);
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rebuilt tables", e);
        }
        if (failure != null) {
            throw new IllegalStateException("loading the rebuilt tables failed: " + failure.getMessage(), failure);
        }
    }

    /** Stops the loader if the rebuild ended without {@link #finish}; the shadows are dropped by the next rebuild. */
    @Override
    public void close() {
        if (loader.isAlive()) {
            loader.interrupt();
        }
    }

    private void handOver(Pending rowsOf) {
        put(new Chunk(rowsOf.copy, rowsOf.text.toString().getBytes(StandardCharsets.UTF_8)));
        rowsOf.text.setLength(0);
    }

    private void put(Chunk chunk) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !loader.isAlive()) {
                    throw new IllegalStateException("loading the rebuilt tables failed: "
                            + (failure == null ? "the loader stopped" : failure.getMessage()), failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rebuilt tables", e);
        }
    }

    private void load(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                copy(copies, chunk);
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = e;
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(CopyManager copies, Chunk chunk) throws SQLException {
        CopyIn copy = copies.copyIn(chunk.copy());
        try {
            copy.writeToCopy(chunk.text(), 0, chunk.text().length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
