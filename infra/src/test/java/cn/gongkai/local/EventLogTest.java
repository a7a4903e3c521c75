package cn.gongkai.local;

import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.query.audit.EventLog;
import cn.gongkai.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event log reads exactly the named organs' events from the store, in stream order, never those of an organ
 * whose code merely begins with the same letters; on PostgreSQL by the organ index the migration built.
 */
@ServiceOnPostgres
class EventLogTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("event_log");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_organs_events_are_its_own_and_not_those_of_organs_with_a_longer_code() {
        Api api = new Api(port);
        long head = api.sendBatch(batch(AccessMatrixTest.organ("el", null), AccessMatrixTest.organ("el2", null),
                AccessMatrixTest.organ("el.x", "el"), AccessMatrixTest.received("el"),
                AccessMatrixTest.received("el2"), AccessMatrixTest.received("el.x"),
                AccessMatrixTest.received("el"))).get("position").asLong();

        List<AuditedEvent> own = log.eventsOf(Set.of("el"), head, null);
        List<AuditedEvent> both = log.eventsOf(Set.of("el", "el.x"), head, null);

        assertThat(own).extracting(AuditedEvent::type).containsExactly("gongkai.organ.registered",
                "gongkai.application.received", "gongkai.application.received");
        assertThat(own).extracting(AuditedEvent::position).isSorted();
        assertThat(both).hasSize(5);
        assertThat(log.eventsOf(Set.of(), head, null)).isEmpty();
        assertThat(log.eventsOf(Set.of("el"), own.get(1).position(), null)).hasSize(2);
    }

    @Test
    void the_position_of_an_instant_is_the_last_one_recorded_by_it_however_many_came_after() {
        Api api = new Api(port);
        api.sendBatch(batch(AccessMatrixTest.organ("moments", null)));
        List<Long> heads = new ArrayList<>();
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            heads.add(api.sendBatch(batch(AccessMatrixTest.received("moments"))).get("position").asLong());
            Instant moment = Instant.now();
            await().until(() -> Instant.now().isAfter(moment));
            moments.add(moment);
        }
        AuditedEvent second = log.eventsOf(Set.of("moments"), heads.get(1), null).get(2);

        assertThat(moments).extracting(log::positionAt).containsExactlyElementsOf(heads);
        assertThat(log.positionAt(second.recordedAt())).isEqualTo(heads.get(1));
        assertThat(log.positionAt(second.recordedAt().minusNanos(1))).isEqualTo(heads.get(0));
        assertThat(log.positionAt(Instant.parse("2001-01-01T00:00:00Z"))).isEqualTo(-1);
    }

    @Test
    void the_organ_query_can_use_the_index_the_migration_built() {
        String plan = planWithoutSequentialScans("select globalIndex from domainevententry where "
                + EventLog.ORGAN_OF_AGGREGATE + " = any('{el}') and globalIndex > -1 order by globalIndex");

        assertThat(plan).contains("domainevententry_organ");
    }

    @Test
    void the_moments_before_an_instant_are_found_by_the_index_the_migration_built() {
        String plan = planWithoutSequentialScans("select max(timeStamp) from domainevententry "
                + "where timeStamp < '2026-01-01T00:00:00'");

        assertThat(plan).contains("domainevententry_moment");
    }

    /** The test store is tiny, so the planner would rather scan it: forbid that to see whether it could not. */
    private String planWithoutSequentialScans(String query) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            StringBuilder lines = new StringBuilder();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                try (ResultSet rs = statement.executeQuery("explain " + query)) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
            } finally {
                try (Statement reset = connection.createStatement()) {
                    reset.execute("reset enable_seqscan");
                }
            }
            return lines.toString();
        });
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
