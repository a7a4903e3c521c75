package cn.gongkai.query.audit;

import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.rebuild.FoldedTables;
import cn.gongkai.query.projection.rebuild.StatisticsRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Replay verification: rebuilds the statistics from the first event into scratch copies of their tables, with the
 * bulk rebuild's fold, and compares the copies with the live tables row by row, at one position both have reached.
 * The live tables were written a batch at a time, with redeliveries and restarts; the copies in one pass.
 */
@Service
public class ReplayVerification {

    static final int ROUNDS = 5;
    private static final Logger log = LoggerFactory.getLogger(ReplayVerification.class);

    private final StatisticsRebuild rebuild;
    private final ScratchSchema scratch;
    private final ProjectionPositions positions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final ReplayProgress progress;
    private final Clock clock;
    private final EventTable table;

    public ReplayVerification(StatisticsRebuild rebuild, ScratchSchema scratch, ProjectionPositions positions,
                              JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                              ReplayProgress progress, Clock clock, EventTable table) {
        this.rebuild = rebuild;
        this.scratch = scratch;
        this.positions = positions;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.progress = progress;
        this.clock = clock;
        this.table = table;
    }

    /** A table compared: its rows in the live copy and the rows that differ between live and rebuilt. */
    public record TableComparison(String table, long liveRows, long differences) {
    }

    public record Result(String status, long position, long eventsReplayed, long durationMillis,
                         List<TableComparison> tables) {
    }

    /**
     * Folds up to the live position, writes the scratch copies and compares them with the live tables in one
     * snapshot; if the live tables moved meanwhile, folds on to where they are and tries again.
     */
    public synchronized Result verify() {
        Instant started = clock.instant();
        scratch.recreate(Projections.STATISTICS_TABLES);
        FoldedTables tables = rebuild.emptyTables();
        long done = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long live = positions.of(Projections.STATISTICS);
            long before = tables.events();
            progress.start(done + eventsBetween(tables.position(), live));
            progress.advance(done);
            long[] reported = {done};
            rebuild.fold(tables, live, position -> {
                long now = tables.events();
                progress.advance(now - reported[0]);
                reported[0] = now;
            });
            done = tables.events();
            log.info("Replay verification: folded {} events up to position {}", done - before, tables.position());
            rebuild.writeInto(ScratchSchema.NAME, tables, live);
            long reached = live;
            List<TableComparison> compared = snapshot.execute(status -> positions.of(Projections.STATISTICS)
                    == reached ? compare() : null);
            if (compared != null) {
                progress.finish();
                boolean match = compared.stream().allMatch(t -> t.differences() == 0);
                log.info("Replay verification: {} after {} events up to position {}", match ? "MATCH" : "MISMATCH",
                        done, reached);
                return new Result(match ? "MATCH" : "MISMATCH", reached, done,
                        Duration.between(started, clock.instant()).toMillis(), compared);
            }
        }
        progress.finish();
        throw new IllegalStateException("the live statistics kept moving; replay verification could not catch them");
    }

    private List<TableComparison> compare() {
        List<TableComparison> compared = new ArrayList<>();
        for (String name : Projections.STATISTICS_TABLES) {
            compared.add(new TableComparison(name, scratch.rows(name), scratch.differences(name)));
        }
        return compared;
    }

    private long eventsBetween(long after, long upTo) {
        Long count = jdbc.queryForObject("select count(*) from " + table.name()
                + " where globalIndex > ? and globalIndex <= ?", Long.class, after, upTo);
        return count == null ? 0 : count;
    }
}
