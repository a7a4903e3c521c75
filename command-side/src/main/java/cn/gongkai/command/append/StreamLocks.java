package cn.gongkai.command.append;

import cn.gongkai.platform.StoreDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks the streams a batch will append to, for the rest of its transaction, so that what the batch read of them
 * stays true until it commits: two batches deciding on one application, in one JVM or two, run one after the other.
 * On PostgreSQL, transaction-level advisory locks on each stream's hash (a bounded key space: a collision only makes
 * two unrelated streams wait for each other), taken in ascending order so that batches never deadlock. On H2 (the
 * embedded default, one JVM) a single lock serialises batches.
 */
public abstract sealed class StreamLocks {

    /** The first integer of the two-integer advisory key: Gongkai's streams ("gk"). */
    static final int STREAM_KEY_SPACE = 0x676b;

    public static StreamLocks of(DataSource dataSource, JdbcTemplate jdbc) {
        return StoreDatabase.of(dataSource) == StoreDatabase.POSTGRESQL ? new Advisory(jdbc) : new InProcess();
    }

    /** Locks the streams until the current transaction ends. */
    public abstract void lock(Collection<String> aggregateIdentifiers);

    private static final class Advisory extends StreamLocks {

        private final JdbcTemplate jdbc;

        Advisory(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void lock(Collection<String> aggregateIdentifiers) {
            Integer[] keys = aggregateIdentifiers.stream().map(String::hashCode).distinct().sorted()
                    .toArray(Integer[]::new);
            if (keys.length == 0) {
                return;
            }
            // unnest yields the array in order, so the locks are taken in ascending key order.
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(
                        "select count(pg_advisory_xact_lock(?, k)) from unnest(?::int[]) as k");
                statement.setInt(1, STREAM_KEY_SPACE);
                statement.setArray(2, connection.createArrayOf("int4", keys));
                return statement;
            }, rs -> null);
        }
    }

    private static final class InProcess extends StreamLocks {

        private final ReentrantLock lock = new ReentrantLock(true);

        @Override
        public void lock(Collection<String> aggregateIdentifiers) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                throw new IllegalStateException("streams are locked for a transaction; none is active");
            }
            if (lock.isHeldByCurrentThread()) {
                return;
            }
            lock.lock();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    lock.unlock();
                }
            });
        }
    }
}
