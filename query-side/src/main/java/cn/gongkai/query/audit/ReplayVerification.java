package cn.gongkai.query.audit;

import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.gongkai.query.projection.EventTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replay verification: rebuilds the statistics from the first event into scratch copies of their tables, through
 * the same handlers the live processor runs, and compares the copies with the live tables row by row, at one
 * position both have reached.
 */
@Service
public class ReplayVerification {

    static final int BATCH = 500;
    static final int ROUNDS = 5;
    private static final Logger log = LoggerFactory.getLogger(ReplayVerification.class);

    private final EventStorageEngine events;
    private final EventProcessingConfiguration processing;
    private final ScratchSchema scratch;
    private final ProjectionPositions positions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;
    private final ReplayProgress progress;
    private final Clock clock;
    private final EventTable table;

    public ReplayVerification(EventStorageEngine events, EventProcessingConfiguration processing,
                              ScratchSchema scratch, ProjectionPositions positions, JdbcTemplate jdbc,
                              PlatformTransactionManager transactionManager, ReplayProgress progress, Clock clock,
                              EventTable table) {
        this.table = table;
        this.events = events;
        this.processing = processing;
        this.scratch = scratch;
        this.positions = positions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.progress = progress;
        this.clock = clock;
    }

    /** A table compared: its rows in the live copy and the rows that differ between live and rebuilt. */
    public record TableComparison(String table, long liveRows, long differences) {
    }

    public record Result(String status, long position, long eventsReplayed, long durationMillis,
                         List<TableComparison> tables) {
    }

    public synchronized Result verify() {
        Instant started = clock.instant();
        scratch.recreate(Projections.STATISTICS_TABLES);
        EventHandlerInvoker handlers = statistics().eventHandlerInvoker();
        long target = positions.of(Projections.STATISTICS);
        progress.start(eventsUpTo(target));
        Replay replay = replay(handlers, null, target);
        for (int round = 0; round < ROUNDS; round++) {
            long reached = replay.position();
            List<TableComparison> compared = snapshot.execute(status -> positions.of(Projections.STATISTICS)
                    == reached ? compare() : null);
            if (compared != null) {
                progress.finish();
                boolean match = compared.stream().allMatch(t -> t.differences() == 0);
                log.info("Replay verification: {} after {} events up to position {}", match ? "MATCH" : "MISMATCH",
                        replay.replayed(), reached);
                return new Result(match ? "MATCH" : "MISMATCH", reached, replay.replayed(),
                        Duration.between(started, clock.instant()).toMillis(), compared);
            }
            long live = positions.of(Projections.STATISTICS);
            progress.start(eventsUpTo(live));
            replay = replay(handlers, replay.token(), live).after(replay);
        }
        progress.finish();
        throw new IllegalStateException("the live statistics kept moving; replay verification could not catch them");
    }

    private List<TableComparison> compare() {
        List<TableComparison> compared = new ArrayList<>();
        for (String table : Projections.STATISTICS_TABLES) {
            compared.add(new TableComparison(table, scratch.rows(table), scratch.differences(table)));
        }
        return compared;
    }

    /** How far a replay got: the last token handled, its position, and how many events it handled. */
    private record Replay(TrackingToken token, long position, long replayed) {

        Replay after(Replay earlier) {
            return new Replay(token, position, earlier.replayed() + replayed);
        }
    }

    private Replay replay(EventHandlerInvoker handlers, TrackingToken from, long upTo) {
        TrackingToken last = from;
        long position = from == null ? -1 : from.position().orElse(-1);
        long replayed = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (event.trackingToken().position().orElse(Long.MAX_VALUE) > upTo) {
                    break;
                }
                batch.add(event);
                if (batch.size() == BATCH) {
                    handle(handlers, batch);
                    replayed += batch.size();
                    batch.clear();
                }
                last = event.trackingToken();
                position = last.position().orElse(position);
            }
            handle(handlers, batch);
            replayed += batch.size();
        }
        return new Replay(last, position, replayed);
    }

    private void handle(EventHandlerInvoker handlers, List<TrackedEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            scratch.use(true);
            try {
                // One unit of work for the batch, as the live processor has: the projections write its rows together.
                BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
                ResultMessage<Object> result = unitOfWork.executeWithResult(() -> {
                    handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                    return null;
                }, RollbackConfigurationType.ANY_THROWABLE);
                if (result.isExceptional()) {
                    throw new IllegalStateException("replaying the events from " + batch.get(0).getIdentifier()
                            + " failed", result.exceptionResult());
                }
            } finally {
                scratch.use(false);
            }
        });
        progress.advance(batch.size());
        ReplayProgress.Reading reading = progress.read();
        log.info("Replay verification: {} of {} events, {} events/s, about {} s left", reading.done(),
                reading.total(), reading.eventsPerSecond(), reading.secondsLeft());
    }

    private long eventsUpTo(long position) {
        Long count = jdbc.queryForObject("select count(*) from " + table.name() + " where globalIndex <= ?", Long.class,
                position);
        return count == null ? 0 : count;
    }

    private AbstractEventProcessor statistics() {
        return processing.eventProcessor(Projections.STATISTICS, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no statistics processor runs here"));
    }
}
