package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The per-organ business gauges at /actuator/prometheus agree with the dashboard, and follow an organ's new
 * application: a refresh recounts the organs that changed since the previous one.
 */
@ServiceOnPostgres
@AutoConfigureObservability
@Import(DashboardInBrowserTest.LastDayOf2025.class)
@TestPropertySource(properties = "gongkai.metrics.business-refresh=PT0.2S")
class BusinessGaugesTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("business_gauges");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_gauges_count_what_the_dashboard_counts_and_follow_a_new_application() {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());
        JsonNode dashboard = api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/dashboard");
        long received = dashboard.get("received").asLong();
        long open = dashboard.get("open").asLong();
        assertThat(received).isPositive();
        awaitGauge(api, "received", received);
        awaitGauge(api, "open", open);
        assertThat(gauge(api, "decided")).hasValue(dashboard.get("decided").asLong());

        api.sendBatch(("[" + AccessMatrixTest.received(JuluSample.ORGAN) + "]").getBytes(StandardCharsets.UTF_8));

        awaitGauge(api, "received", received + 1);
        awaitGauge(api, "open", open + 1);
        assertThat(gauge(api, "decided")).hasValue(dashboard.get("decided").asLong());
    }

    @Test
    void the_clock_gauges_follow_the_applications_that_change_and_keep_the_others() {
        // given the sample loaded and its gauges counted
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());
        long overdue = clock(api).get("overdue").asLong();
        awaitGauge(api, "overdue", overdue);

        // when an application received in June is still open on the last day of the year
        send(api, "gongkai.application.received", "\"applicationId\":\"LATE-1\",\"applicantType\":\"NATURAL_PERSON\","
                + "\"receivedOn\":\"2025-06-02\"");

        // then it is overdue, beside the ones counted before
        awaitGauge(api, "overdue", overdue + 1);
        assertThat(clock(api).get("overdue").asLong()).isEqualTo(overdue + 1);

        // and when it is decided, it leaves the gauge, which agrees with the dashboard's full count again
        send(api, "gongkai.application.decided", "\"applicationId\":\"LATE-1\",\"decidedOn\":\"2025-12-31\","
                + "\"outcome\":\"DISCLOSED\"");
        awaitGauge(api, "overdue", overdue);
        JsonNode after = clock(api);
        assertThat(after.get("overdue").asLong()).isEqualTo(overdue);
        awaitGauge(api, "due_soon", after.get("dueSoon").asLong());
        awaitGauge(api, "awaiting_calendar", after.get("awaitingCalendar").asLong());
    }

    private static JsonNode clock(Api api) {
        return api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/dashboard").get("clock");
    }

    private static void send(Api api, String type, String fields) {
        api.sendBatch(("[" + AccessMatrixTest.event(type, "{\"organ\":\"" + JuluSample.ORGAN + "\"," + fields + "}")
                + "]").getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitGauge(Api api, String state, long expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(gauge(api, state)).hasValue(expected));
    }

    private static OptionalDouble gauge(Api api, String state) {
        Matcher line = Pattern.compile("(?m)^gongkai_applications\\{organ=\"" + Pattern.quote(JuluSample.ORGAN)
                + "\",state=\"" + state + "\",?} (\\S+)$").matcher(api.get("/actuator/prometheus").body());
        return line.find() ? OptionalDouble.of(Double.parseDouble(line.group(1))) : OptionalDouble.empty();
    }
}
