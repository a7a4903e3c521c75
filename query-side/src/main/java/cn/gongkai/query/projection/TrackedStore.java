package cn.gongkai.query.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.time.Duration;

/**
 * The event table the projections track, read by Axon's JDBC engine. The command side draws positions in commit
 * order, and a replica exposes only positions below every partition's watermark, so a gap a reader meets is never
 * filled later: it is a position burned by a rolled-back or crashed insert. The token therefore keeps a gap only
 * for {@code gapTimeout} after the event beyond it was created (0 by default; more only for a reader whose clock
 * runs behind the writer's), and drops old ones at every fetch, so the projections' position never waits on one.
 */
public final class TrackedStore {

    /** Events per fetch: a processor batch (up to 500) in one query rather than Axon's default of 100. */
    public static final int FETCH = 500;

    private TrackedStore() {
    }

    @SuppressWarnings("deprecation") // Axon's builder refuses a gap timeout and cleaning threshold of 0; its setters do not.
    public static EventStorageEngine engine(EventTable table, Duration gapTimeout, Serializer snapshotSerializer,
                                            Serializer eventSerializer, PersistenceExceptionResolver exceptions,
                                            ConnectionProvider connections, TransactionManager transactions) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(EventSchema.builder().eventTable(table.name()).build())
                .batchSize(FETCH)
                .build();
        engine.setGapTimeout((int) gapTimeout.toMillis());
        engine.setGapCleaningThreshold(0);
        return engine;
    }
}
