package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hash chain beside the events: an event row edited and another deleted directly in PostgreSQL are both named
 * by their positions; every event is chained by the time its append is answered, and a tail some writer left
 * unchained is chained by the next append; and the service's own database role cannot do either.
 */
@ServiceOnPostgres
class TamperEvidenceTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("tamper");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_edited_and_a_deleted_event_are_named_by_chain_verification() {
        Api api = new Api(port);
        api.sendBatch(JuluSample.events());
        JsonNode before = verify(api);
        assertThat(before.get("eventsNotYetChained").asLong()).as("chained as they were appended").isZero();
        assertThat(before.get("status").asText()).isEqualTo("INTACT");
        long edited = position("JL-YSQ-2025-011", "ApplicationDecided");
        long deleted = position("JL-YSQ-2025-005", "ApplicationReceived");

        jdbc.update("update domainevententry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'PARTIALLY_DISCLOSED', 'DISCLOSED'), 'UTF8') where globalIndex = ?", edited);
        jdbc.update("delete from domainevententry where globalIndex = ?", deleted);
        JsonNode verdict = verify(api);

        assertThat(verdict.get("status").asText()).isEqualTo("BROKEN");
        assertThat(verdict.get("breaks")).extracting(b -> b.get("position").asLong() + " " + b.get("problem").asText())
                .containsExactlyInAnyOrder(edited + " ALTERED", deleted + " MISSING");
        assertThat(verdict.get("linksChecked").asLong()).isEqualTo(63);
    }

    @Test
    void events_a_writer_left_unchained_are_chained_by_the_next_append_in_position_order() {
        Api api = new Api(port);
        api.sendBatch(JuluSample.events());
        JsonNode start = verify(api);
        long tail = jdbc.queryForObject("select max(chain_seq) - 20 from event_chain", Long.class);
        // As an earlier version that chained behind the stream would leave its tail after a stop.
        int unchained = jdbc.update("delete from event_chain where chain_seq > ?", tail);
        assertThat(verify(api).get("eventsNotYetChained").asLong()).isEqualTo(unchained);

        api.sendBatch(("[{\"specversion\":\"1.0\",\"id\":\"tail-1\",\"source\":\"/tamper\","
                + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"" + JuluSample.ORGAN + "\","
                + "\"applicationId\":\"JL-YSQ-2025-900\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"receivedOn\":\"2025-12-01\"}}]").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode verdict = verify(api);
        assertThat(verdict.get("eventsNotYetChained").asLong()).isZero();
        assertThat(verdict.get("linksChecked").asLong()).isEqualTo(start.get("linksChecked").asLong() + 1);
        assertThat(verdict.get("breaks")).isEqualTo(start.get("breaks"));
        assertThat(jdbc.queryForList("select global_index from event_chain where chain_seq > ? order by chain_seq",
                Long.class, tail)).hasSize(unchained + 1).isSortedAccordingTo(Long::compare);
    }

    @Test
    void the_service_role_appends_events_but_cannot_change_or_remove_them() throws Exception {
        new Api(port).sendBatch(JuluSample.events());
        try (Connection owner = DATABASE.connect(); Statement statement = owner.createStatement()) {
            statement.execute(Files.readString(Path.of("sql", "service-role.sql")));
            statement.execute("alter role gongkai_service password 'role-test'");
        }
        JdbcTemplate service = new JdbcTemplate(new DriverManagerDataSource(DATABASE.url(), "gongkai_service",
                "role-test"));

        assertThat(service.queryForObject("select count(*) from domainevententry", Long.class)).isPositive();
        assertThatThrownBy(() -> service.update("update domainevententry set payloadType = 'x'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.update("delete from domainevententry"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> service.update("delete from event_chain"))
                .rootCause().hasMessageContaining("permission denied");
        assertThat(service.update("update tokenentry set owner = owner")).isPositive();
    }

    private JsonNode verify(Api api) {
        return api.read(api.post("/api/v1/audit/chain-verification", "application/json", new byte[0]).body());
    }

    private long position(String application, String type) {
        return jdbc.queryForObject("select globalIndex from domainevententry where aggregateIdentifier = ? "
                + "and payloadType like ?", Long.class, "application:" + JuluSample.ORGAN + "/" + application,
                "%." + type);
    }
}
