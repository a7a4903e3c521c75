package cn.gongkai.query.projection;

import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How far each projection has read the stream, written in the projection's own transaction so that it never runs
 * ahead of the tables it describes.
 */
@Repository
public class ProjectionPositions {

    private final JdbcTemplate jdbc;

    public ProjectionPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void advance(String processor, TrackingToken token) {
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

    public void reset(String processor) {
        jdbc.update("delete from projection_position where processor = ?", processor);
    }
}
