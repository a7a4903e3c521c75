package cn.gongkai.command.batching;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements of one batch of events, written when the batch's unit of work prepares to commit: in the order the
 * events gave them, each run of the same statement as one JDBC batch. A request of 500 events costs a few round
 * trips instead of 500, in the same transaction as the events.
 */
public final class DeferredStatements {

    private static final String RESOURCE = DeferredStatements.class.getName();

    private record Statement(String sql, Object[] args) {
    }

    private final List<Statement> statements = new ArrayList<>();

    private DeferredStatements() {
    }

    /** Statements to collect in order and run together with {@link #runAll}, outside any unit of work. */
    public static DeferredStatements collecting() {
        return new DeferredStatements();
    }

    public void statement(String sql, Object... args) {
        statements.add(new Statement(sql, args));
    }

    /** Runs the collected statements in order, each run of the same statement as one JDBC batch. */
    public void runAll(JdbcTemplate jdbc) {
        flush(jdbc);
    }

    /** Adds a statement to the current unit of work's batch, or runs it at once outside any unit of work. */
    public static void add(JdbcTemplate jdbc, String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        DeferredStatements deferred = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            DeferredStatements created = new DeferredStatements();
            unitOfWork.onPrepareCommit(u -> created.flush(jdbc));
            return created;
        });
        deferred.statements.add(new Statement(sql, args));
    }

    private void flush(JdbcTemplate jdbc) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from;
            List<Object[]> run = new ArrayList<>();
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                run.add(statements.get(to++).args());
            }
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else {
                jdbc.batchUpdate(sql, run);
            }
            from = to;
        }
        statements.clear();
    }
}
