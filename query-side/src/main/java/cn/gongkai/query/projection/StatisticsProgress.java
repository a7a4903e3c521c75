package cn.gongkai.query.projection;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How far the live statistics tables have committed in this JVM, known without a query: the statistics processor's
 * position as each of its batches commits, or as a rebuild sets it. What waits on the live tables in the same JVM
 * (bulk ingestion yielding to them) reads and waits here; a report still reads the position from the database, in its
 * own transaction.
 */
@Component
public class StatisticsProgress {

    /** Nothing committed in this JVM yet. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private volatile long position = UNKNOWN;

    /** The position the live tables committed last in this JVM, or {@link #UNKNOWN}. */
    public long position() {
        return position;
    }

    /** The live tables committed up to this position (a lower one, committed out of order, changes nothing). */
    void reached(long committed) {
        lock.lock();
        try {
            if (committed > position) {
                position = committed;
                advanced.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the position, as a reset of the projection does. */
    void forget() {
        position = UNKNOWN;
    }

    /** Waits until the live tables reach {@code target} or {@code patience} has passed; whether they reached it. */
    public boolean awaitReaching(long target, Duration patience) throws InterruptedException {
        long left = patience.toNanos();
        lock.lock();
        try {
            while (position < target && left > 0) {
                left = advanced.awaitNanos(left);
            }
            return position >= target;
        } finally {
            lock.unlock();
        }
    }
}
