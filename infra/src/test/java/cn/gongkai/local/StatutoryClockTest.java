package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Open applications listed with their statutory due dates on the working-day calendar, as of 30 June 2025. */
@ServiceOnPostgres
@Import(StatutoryClockTest.June30.class)
class StatutoryClockTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("statutory_clock");
    static final String ORGAN = "clock-office";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration
    static class June30 {
        @Bean
        @Primary
        Clock june30() {
            return Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void overdue_due_soon_and_paused_applications_are_told_apart() {
        Api api = new Api(port);
        JsonNode receipt = api.sendBatch(batch(
                event("gongkai.organ.registered", "{'organ':'" + ORGAN + "','name':'时限测试办公室'}"),
                received("A", "2025-06-03"), received("B", "2025-05-20"), received("C", "2025-06-20"),
                event("gongkai.application.correction-requested", "{'organ':'" + ORGAN + "','applicationId':'C',"
                        + "'requestedOn':'2025-06-23'}"),
                received("D", "2025-06-02"),
                event("gongkai.application.decided", "{'organ':'" + ORGAN + "','applicationId':'D',"
                        + "'decidedOn':'2025-06-10','outcome':'DISCLOSED'}")));
        api.reportAtLeastAt(ORGAN, 2025, receipt.get("position").asLong());

        JsonNode open = list(api, "open");
        JsonNode overdue = list(api, "overdue");
        JsonNode dueSoon = list(api, "due-soon");

        assertThat(ids(open)).containsExactly("B", "A", "C");
        assertThat(ids(overdue)).containsExactly("B");
        assertThat(overdue.at("/applications/0/dueOn").asText()).isEqualTo("2025-06-18");
        assertThat(overdue.at("/applications/0/workingDaysLeft").asInt()).isEqualTo(-8);
        assertThat(ids(dueSoon)).containsExactly("A");
        assertThat(dueSoon.at("/applications/0/dueOn").asText()).isEqualTo("2025-07-01");
        assertThat(open.at("/applications/2/clock").asText()).isEqualTo("AWAITING_CORRECTION");
        assertThat(open.get("today").asText()).isEqualTo("2025-06-30");
        assertThat(api.get("/api/v1/organs/" + ORGAN + "/applications?status=late").statusCode()).isEqualTo(400);
    }

    private static JsonNode list(Api api, String status) {
        return api.getJson("/api/v1/organs/" + ORGAN + "/applications?status=" + status);
    }

    private static List<String> ids(JsonNode list) {
        return list.get("applications").findValuesAsText("applicationId");
    }

    private static String received(String id, String on) {
        return event("gongkai.application.received", "{'organ':'" + ORGAN + "','applicationId':'" + id
                + "','applicantType':'NATURAL_PERSON','receivedOn':'" + on + "'}");
    }

    private static String event(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + Integer.toHexString((type + data).hashCode())
                + "\",\"source\":\"/clock-test\",\"type\":\"" + type + "\",\"data\":" + data.replace('\'', '"') + "}";
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
