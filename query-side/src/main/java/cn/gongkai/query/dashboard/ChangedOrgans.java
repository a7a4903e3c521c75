package cn.gongkai.query.dashboard;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The organs whose dashboard counts may have changed since a stream position: those with a fact row the statistics
 * projection wrote after it (every row carries the position of the event that last set it).
 */
@Repository
class ChangedOrgans {

    private final NamedParameterJdbcTemplate jdbc;

    ChangedOrgans(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> since(long position) {
        return new HashSet<>(jdbc.queryForList("select organ from application_fact where last_position > :position "
                        + "union select organ from application_clock where last_position > :position "
                        + "union select organ from case_fact where last_position > :position",
                Map.of("position", position), String.class));
    }
}
