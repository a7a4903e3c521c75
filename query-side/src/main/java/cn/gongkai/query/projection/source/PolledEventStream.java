package cn.gongkai.query.projection.source;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One tracker's stream of {@link StatisticsEventSource}: reads the storage engine from the last event it read, batch
 * by batch; when it has read everything, it looks again after the next commit in this JVM or the poll interval.
 * The storage engine's reads are bounded (no blocking stream), so each look is one query.
 */
final class PolledEventStream implements BlockingStream<TrackedEventMessage<?>> {

    private final EventStorageEngine engine;
    private final StatisticsEventSource source;
    private TrackingToken lastRead;
    private Stream<? extends TrackedEventMessage<?>> reading;
    private Iterator<? extends TrackedEventMessage<?>> events;
    private TrackedEventMessage<?> peeked;

    PolledEventStream(EventStorageEngine engine, TrackingToken from, StatisticsEventSource source) {
        this.engine = engine;
        this.lastRead = from;
        this.source = source;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(peeked != null ? peeked : (peeked = next()));
    }

    /**
     * Whether an event is there now, or after the next commit in this JVM or the poll interval (at most
     * {@code timeout}): the processor asks again, and between its asks can stop at once.
     */
    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long seen = source.commits();
        if (peeked != null || (peeked = next()) != null) {
            return true;
        }
        source.awaitCommit(seen, unit.toNanos(timeout));
        return (peeked = next()) != null;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // keep waiting: the caller asked to block until an event is there
        }
        TrackedEventMessage<?> event = peeked;
        peeked = null;
        return event;
    }

    @Override
    public void close() {
        closeReading();
    }

    /** The next event of the open read, or of a new one from the last event read; null if there is none yet. */
    private TrackedEventMessage<?> next() {
        if (events == null || !events.hasNext()) {
            closeReading();
            reading = engine.readEvents(lastRead, false);
            events = reading.iterator();
            if (!events.hasNext()) {
                return null;
            }
        }
        TrackedEventMessage<?> event = events.next();
        lastRead = event.trackingToken();
        return event;
    }

    private void closeReading() {
        if (reading != null) {
            reading.close();
            reading = null;
            events = null;
        }
    }
}
