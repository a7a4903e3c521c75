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

import static org.assertj.core.api.Assertions.assertThat;

/** An unpaid fee notice lapses after 20 working days and closes its application as OTHER_FEE_UNPAID, once. */
@ServiceOnPostgres
@Import(FeeLapseTest.July3.class)
class FeeLapseTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("fee_lapse");
    static final String ORGAN = "fee-office";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration
    static class July3 {
        @Bean
        @Primary
        Clock july3() {
            return Clock.fixed(Instant.parse("2025-07-03T04:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void an_unpaid_notice_lapses_after_twenty_working_days_and_a_paid_or_recent_one_does_not() {
        Api api = new Api(port);
        api.sendBatch(batch(
                event("gongkai.organ.registered", "{'organ':'" + ORGAN + "','name':'收费测试办公室'}"),
                received("PAID"), charged("PAID", "2025-06-03"),
                event("gongkai.processing-fee.paid", "{'organ':'" + ORGAN + "','applicationId':'PAID',"
                        + "'on':'2025-06-10','amount':'100'}"),
                received("UNPAID"), charged("UNPAID", "2025-06-03"),
                received("RECENT"), charged("RECENT", "2025-06-20")));

        JsonNode lapsed = api.read(api.post("/api/v1/processing-fees/lapse", "application/json", new byte[0]).body());
        JsonNode again = api.read(api.post("/api/v1/processing-fees/lapse", "application/json", new byte[0]).body());
        JsonNode report = api.reportAtLeastAt(ORGAN, 2025, api.sendBatch(batch(received("LATER"))).get("position").asLong());

        assertThat(lapsed).hasSize(1);
        assertThat(lapsed.at("/0/applicationId").asText()).isEqualTo("UNPAID");
        assertThat(lapsed.at("/0/lastDayToPay").asText()).isEqualTo("2025-07-01");
        assertThat(lapsed.at("/0/closedOn").asText()).isEqualTo("2025-07-02");
        assertThat(again).isEmpty();
        assertThat(report.at("/applications/OTHER_FEE_UNPAID/NATURAL_PERSON").asLong()).isEqualTo(1);
        assertThat(report.at("/fees/NOTICES").asLong()).isEqualTo(3);
        assertThat(report.at("/fees/NOTICE_AMOUNT_YUAN").asText()).isEqualTo("300.00");
        assertThat(report.at("/fees/COLLECTED_YUAN").asText()).isEqualTo("100.00");
    }

    private static String received(String id) {
        return event("gongkai.application.received", "{'organ':'" + ORGAN + "','applicationId':'" + id
                + "','applicantType':'NATURAL_PERSON','receivedOn':'2025-06-02'}");
    }

    private static String charged(String id, String on) {
        return event("gongkai.processing-fee.charged", "{'organ':'" + ORGAN + "','applicationId':'" + id
                + "','on':'" + on + "','amount':'100'}");
    }

    private static String event(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + Integer.toHexString((type + data).hashCode())
                + "\",\"source\":\"/fee-test\",\"type\":\"" + type + "\",\"data\":" + data.replace('\'', '"') + "}";
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
