package cn.gongkai.query.dashboard;

import cn.gongkai.events.StreamIds;
import cn.gongkai.query.projection.EventTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two stream positions, read from the events themselves (a range of the stream's primary key,
 * so its cost follows the events since, not the size of the read models): the organs with an event, and the
 * applications among them. Every fact row belongs to one stream, so no other row can have changed.
 */
@Repository
class ChangedStreams {

    /** The organs with an event in the range, and the applications with one, by organ. */
    record Changes(Set<String> organs, Map<String, Set<String>> applications) {

        Set<String> applicationsOf(String organ) {
            return applications.getOrDefault(organ, Set.of());
        }
    }

    private final JdbcTemplate jdbc;
    private final EventTable events;

    ChangedStreams(JdbcTemplate jdbc, EventTable events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The changes of the events after {@code after} and at or below {@code upTo}. */
    Changes between(long after, long upTo) {
        Set<String> organs = new HashSet<>();
        Map<String, Set<String>> applications = new HashMap<>();
        jdbc.query("select distinct aggregateIdentifier from " + events.name()
                + " where globalIndex > ? and globalIndex <= ?", rs -> {
            String aggregate = rs.getString(1);
            String organ = StreamIds.organOf(aggregate);
            if (organ == null) {
                return;
            }
            organs.add(organ);
            if (StreamIds.isOfKind(aggregate, StreamIds.APPLICATION)) {
                applications.computeIfAbsent(organ, o -> new HashSet<>()).add(StreamIds.ownIdOf(aggregate));
            }
        }, after, upTo);
        return new Changes(organs, applications);
    }
}
