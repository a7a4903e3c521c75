package cn.gongkai.query.projection.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Events read and decoded on a thread of their own, a few thousand ahead of the fold: the cursor's rows and Axon's
 * decoding of each payload take one thread while the fold, the rows' encoding and the loader take the others. At
 * most {@link #QUEUED} batches wait, so memory stays bounded.
 */
final class DecodedEvents implements AutoCloseable {

    /** One event as the fold needs it. */
    record Decoded(String aggregate, long position, String eventId, Object payload) {
    }

    static final int BATCH = 1000;
    static final int QUEUED = 4;

    private final List<Decoded> end = new ArrayList<>(0);
    private final BlockingQueue<List<Decoded>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private volatile Throwable failure;
    private volatile boolean stopped;
    /** The batch the reader is filling; only the reader touches it. */
    private List<Decoded> filling = new ArrayList<>(BATCH);

    /** Starts {@code read}, which hands every event it reads, in order, to the consumer it is given. */
    DecodedEvents(Consumer<Consumer<Decoded>> read) {
        this.reader = new Thread(() -> run(read), "projection-rebuild-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** The next events in order, or null when every event was read. */
    List<Decoded> next() {
        List<Decoded> batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the events", e);
        }
        if (batch != end) {
            return batch;
        }
        if (failure != null) {
            throw new IllegalStateException("reading the events failed: " + failure.getMessage(), failure);
        }
        return null;
    }

    /** Stops the reader if the fold ended early. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
    }

    private void run(Consumer<Consumer<Decoded>> read) {
        try {
            read.accept(event -> {
                filling.add(event);
                if (filling.size() == BATCH) {
                    put(filling);
                    filling = new ArrayList<>(BATCH);
                }
            });
            put(filling);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            put(end);
        } catch (CancellationException stoppedMeanwhile) {
            // nobody is reading any more
        }
    }

    private void put(List<Decoded> batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new CancellationException("the fold stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
