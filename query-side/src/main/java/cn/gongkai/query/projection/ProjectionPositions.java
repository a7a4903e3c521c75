package cn.gongkai.query.projection;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;

/**
 * How far each projection has read the stream, written in the projection's own transaction so that it never runs
 * ahead of the tables it describes.
 */
@Repository
public class ProjectionPositions {

    private static final String PENDING = ProjectionPositions.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final StatisticsProgress progress;

    public ProjectionPositions(JdbcTemplate jdbc, StatisticsProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /**
     * Notes that the processor handled the event of this token; within a batch, the position is written once, as the
     * batch's transaction prepares to commit, at the last token handled.
     */
    public void advance(String processor, TrackingToken token) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(processor, token);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<String, TrackingToken> pending = batch.getOrComputeResource(PENDING, key -> {
            Map<String, TrackingToken> latest = new HashMap<>();
            batch.onPrepareCommit(u -> latest.forEach(this::write));
            batch.afterCommit(u -> latest.forEach(this::committed));
            return latest;
        });
        pending.put(processor, token);
    }

    /** Tells what waits in this JVM that the statistics tables committed this far. */
    private void committed(String processor, TrackingToken token) {
        if (Projections.STATISTICS.equals(processor)) {
            progress.reached(StreamPosition.fullyHandled(token));
        }
    }

    private void write(String processor, TrackingToken token) {
        long position = StreamPosition.fullyHandled(token);
        int updated = jdbc.update("update projection_position set position = ? where processor = ? and position < ?",
                position, processor, position);
        if (updated == 0) {
            Integer known = jdbc.queryForObject("select count(*) from projection_position where processor = ?",
                    Integer.class, processor);
            if (known == null || known == 0) {
                jdbc.update("insert into projection_position (processor, position) values (?, ?)", processor, position);
            }
        }
    }

    public long of(String processor) {
        return jdbc.query("select position from projection_position where processor = ?",
                rs -> rs.next() ? rs.getLong(1) : StreamPosition.NONE, processor);
    }

    /** Sets the position outright, as a rebuild that replaced the projection's tables does. */
    public void set(String processor, long position) {
        if (jdbc.update("update projection_position set position = ? where processor = ?", position, processor) == 0) {
            jdbc.update("insert into projection_position (processor, position) values (?, ?)", processor, position);
        }
        if (Projections.STATISTICS.equals(processor)) {
            progress.forget();
        }
    }

    public void reset(String processor) {
        jdbc.update("delete from projection_position where processor = ?", processor);
        if (Projections.STATISTICS.equals(processor)) {
            progress.forget();
        }
    }
}
