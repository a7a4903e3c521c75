package cn.gongkai.command.append;

import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.StreamIds;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The write path: a batch of commands decided in memory by the pure deciders and appended in one transaction.
 * Within {@link #inTransaction}: {@link #open} locks the streams the commands will append to and reads them (and
 * the organs they name) in one query; the caller judges each command with {@link StreamBatch#decide}; then
 * {@link #append} writes the registry rows and hands every staged event to Axon's event store in one
 * {@code publish}, which appends them as the transaction commits, under the store's append lock. A race lost
 * against a writer that bypassed the stream locks fails the commit on the unique (aggregate, sequence) key, which
 * {@link #isRace} recognises so the caller can judge again.
 */
@Component
public class EventAppender {

    /** SQLSTATE 23505, unique_violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final BatchEventStorageEngine store;
    private final EventStore eventStore;
    private final StreamLocks locks;
    private final TransactionManager transactions;
    private final WrittenWithEvents registry;
    private final Clock clock;

    public EventAppender(BatchEventStorageEngine store, EventStore eventStore, StreamLocks locks,
                         TransactionManager transactions, WrittenWithEvents registry, Clock clock) {
        this.store = store;
        this.eventStore = eventStore;
        this.locks = locks;
        this.transactions = transactions;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Runs the work in one unit of work and database transaction: committed if it returns, rolled back if it
     * throws. Trackers are told of the new events only after the commit.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransactionAppending(work).result();
    }

    /** What a transaction answered, and the highest position it appended ({@link #NOTHING_APPENDED} if none). */
    public record Appended<T>(T result, long head) {
    }

    public static final long NOTHING_APPENDED = AppendedHead.NONE;

    /**
     * As {@link #inTransaction}, also answering the highest position the transaction appended, as the store drew it
     * under the append lock (no read after the commit).
     */
    public <T> Appended<T> inTransactionAppending(Supplier<T> work) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<T> result = unitOfWork.executeWithResult(work::get, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        return new Appended<>(result.getPayload(), AppendedHead.of(unitOfWork));
    }

    /** Locks the streams these commands target and reads them, with the organs they name, for judging. */
    public StreamBatch open(Collection<? extends TargetsAggregate> commands) {
        Map<String, StreamKind<?, ?, ?>> targets = new LinkedHashMap<>();
        commands.forEach(command -> targets.putIfAbsent(command.aggregateId(), StreamKinds.of(command)));
        Set<String> organs = organsNamed(commands);
        locks.lock(targets.keySet());
        Set<String> all = new HashSet<>(targets.keySet());
        all.addAll(organs);
        Map<String, List<DomainEventMessage<?>>> stored = store.readStreams(all);
        Map<String, StreamBatch.Stream<?, ?, ?>> streams = new HashMap<>();
        stored.forEach((id, events) -> streams.put(id,
                StreamBatch.Stream.of(targets.getOrDefault(id, StreamKinds.ORGAN), events)));
        return new StreamBatch(streams, id -> store.readStreams(Set.of(id)).get(id), BusinessTime.today(clock));
    }

    /**
     * Appends what the batch staged: the application registry's rows now, the events as the transaction commits
     * (after everything else the transaction writes, so the append lock is held only from their insert to the
     * commit). Answers the staged events, in order.
     */
    public List<DomainEventMessage<?>> append(StreamBatch batch) {
        List<DomainEventMessage<?>> events = List.copyOf(batch.staged());
        if (!events.isEmpty()) {
            registry.record(events.stream().map(DomainEventMessage::getPayload).toList());
            eventStore.publish(events);
        }
        return events;
    }

    /** Decides and appends one command in a transaction of its own; answers how many events it appended. */
    public int appendOne(EventOrigin origin, TargetsAggregate command) {
        return inTransaction(() -> {
            StreamBatch batch = open(List.of(command));
            int appended = batch.decide(origin, command);
            append(batch);
            return appended;
        });
    }

    /**
     * Whether a failure is a lost race: another transaction appended to the same stream or recorded the same key
     * first (a unique-key violation, however the store wrapped it). Judging again sees what the other wrote.
     */
    public static boolean isRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The organ streams the commands read: the organ each writes for, and an organ registration's parent. */
    private static Set<String> organsNamed(Collection<? extends TargetsAggregate> commands) {
        Set<String> organs = new HashSet<>();
        for (TargetsAggregate command : commands) {
            if (command instanceof OrganCommand organCommand) {
                organs.add(StreamIds.organ(organCommand.organ()));
            } else if (command instanceof RegisterOrgan registration && registration.parent() != null) {
                organs.add(StreamIds.organ(registration.parent()));
            }
        }
        return organs;
    }
}
