package cn.gongkai.query.organ;

import cn.gongkai.events.organ.OrganRegistered;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the directory of organs: the latest registration of each. */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class OrganProjection {

    private final JdbcTemplate jdbc;
    private final ProjectionPositions positions;

    public OrganProjection(JdbcTemplate jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(OrganRegistered event, TrackingToken token) {
        long position = token.position().orElseThrow();
        String parent = event.parent() == null ? null : event.parent().value();
        int updated = jdbc.update("update organ set name = ?, parent = ?, last_position = ? "
                        + "where organ = ? and last_position < ?",
                event.name(), parent, position, event.organ().value(), position);
        if (updated == 0 && !exists(event)) {
            jdbc.update("insert into organ (organ, name, parent, last_position) values (?, ?, ?, ?)",
                    event.organ().value(), event.name(), parent, position);
        }
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from organ");
    }

    private boolean exists(OrganRegistered event) {
        Integer count = jdbc.queryForObject("select count(*) from organ where organ = ?", Integer.class,
                event.organ().value());
        return count != null && count > 0;
    }
}
