package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every metric the operators' Grafana dashboard queries is one the service exports at /actuator/prometheus. */
@ServiceOnPostgres
@AutoConfigureObservability
class GrafanaMetricsTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("grafana_metrics");
    static final Path DASHBOARD = Path.of("deploy/grafana/dashboards/gongkai.json");
    static final Pattern EXPRESSION = Pattern.compile("\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern METRIC = Pattern.compile("\\b((?:gongkai|eventProcessor|axon)[A-Za-z0-9_]*)\\b");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void every_metric_the_dashboard_queries_is_exported() throws IOException {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());
        api.post("/api/v1/events", "application/cloudevents+json", ("{\"specversion\":\"1.0\",\"id\":\"bad-1\","
                + "\"source\":\"/grafana-test\",\"type\":\"gongkai.application.teleported\",\"data\":{}}")
                .getBytes(StandardCharsets.UTF_8));

        Set<String> queried = queriedMetrics();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/actuator/prometheus").body()
                .contains("gongkai_applications{organ=\"" + JuluSample.ORGAN + "\""));
        String exported = api.get("/actuator/prometheus").body();

        assertThat(queried).isNotEmpty().contains("gongkai_ingest_events_total");
        for (String metric : queried) {
            assertThat(exported).as("metric %s of the Grafana dashboard", metric)
                    .containsPattern("(?m)^" + Pattern.quote(metric) + "[{ ]");
        }
        // Axon's per-message timers (processors, command bus, event store) cost on the hot path and nothing reads them.
        assertThat(exported).as("per-message timers").doesNotContainPattern("(?m)^eventProcessor_timer")
                .doesNotContainPattern("(?m)^(eventStore|eventBus|commandBus)");
    }

    private static Set<String> queriedMetrics() throws IOException {
        Set<String> metrics = new TreeSet<>();
        Matcher expressions = EXPRESSION.matcher(Files.readString(DASHBOARD, StandardCharsets.UTF_8));
        while (expressions.find()) {
            Matcher names = METRIC.matcher(expressions.group(1));
            while (names.find()) {
                metrics.add(names.group(1));
            }
        }
        return metrics;
    }
}
