package cn.gongkai.query.projection.source;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where the statistics processor reads the stream: straight from the storage engine, looking again as soon as this
 * JVM commits new events ({@link #committed}) and otherwise every {@code pollInterval}.
 * <p>
 * Axon's embedded event store shares one cached stream between its trackers, but a tracker that fell more than the
 * cache behind (as during any bulk load) reads a stream of its own, and switches back only when the shared stream has
 * caught up with it, which it does only while some tracker tails it: after a back-fill the statistics processor
 * could go on waiting up to a second for every batch, minutes after the load (BENCHMARKS.md, freshness). Reading the
 * engine directly costs one indexed query per look, and has no such state to get stuck in.
 */
public final class StatisticsEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine engine;
    private final long pollNanos;
    private final AtomicLong commits = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();

    public StatisticsEventSource(EventStorageEngine engine, Duration pollInterval) {
        this.engine = engine;
        this.pollNanos = pollInterval.toNanos();
    }

    @Override
    public PolledEventStream openStream(TrackingToken from) {
        return new PolledEventStream(engine, from, this);
    }

    /**
     * Events were appended in this JVM: streams waiting look again once the appending transaction has committed
     * (at once outside a unit of work).
     */
    public void committed() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> wake());
        } else {
            wake();
        }
    }

    private void wake() {
        lock.lock();
        try {
            commits.incrementAndGet();
            committed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many commits this JVM has seen: what a stream notes before looking, to wait for the next one. */
    long commits() {
        return commits.get();
    }

    /** Waits until a commit after {@code seen}, the poll interval, or {@code nanos}, whichever comes first. */
    void awaitCommit(long seen, long nanos) throws InterruptedException {
        long left = Math.min(nanos, pollNanos);
        lock.lock();
        try {
            while (commits.get() == seen && left > 0) {
                left = committed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
