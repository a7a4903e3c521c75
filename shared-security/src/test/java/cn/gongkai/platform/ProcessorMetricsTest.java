package cn.gongkai.platform;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ProcessorMetricsTest {

    final MockClock clock = new MockClock();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    @Test
    void given_events_taken_in_when_the_latency_is_read_then_it_is_now_minus_the_last_events_timestamp() {
        var latency = new ProcessorMetricsAutoConfiguration.ProcessorLatency(registry, "statistics");
        Instant now = Instant.ofEpochMilli(clock.wallTime());

        latency.onMessageIngested(event(now.minusSeconds(90)));
        latency.onMessageIngested(event(now.minusSeconds(3)));

        assertThat(registry.get("eventProcessor.latency").tag("processorName", "statistics").gauge().value())
                .isEqualTo(3_000);
    }

    @Test
    void given_a_minute_of_handling_in_the_window_when_the_capacity_is_read_then_it_is_a_tenth() {
        var capacity = new ProcessorMetricsAutoConfiguration.ProcessorCapacity(registry, "statistics");

        for (int i = 0; i < 60; i++) {
            MessageMonitor.MonitorCallback handling = capacity.onMessageIngested(event(Instant.EPOCH));
            clock.add(Duration.ofSeconds(1));
            handling.reportSuccess();
        }

        assertThat(registry.get("eventProcessor.capacity").tag("processorName", "statistics").gauge().value())
                .isCloseTo(0.1, offset(1e-9));
        clock.add(11, TimeUnit.MINUTES);
        assertThat(registry.get("eventProcessor.capacity").gauge().value()).as("out of the window").isZero();
    }

    @Test
    void given_many_events_when_monitored_then_each_gauge_is_registered_once() {
        var latency = new ProcessorMetricsAutoConfiguration.ProcessorLatency(registry, "statistics");
        var capacity = new ProcessorMetricsAutoConfiguration.ProcessorCapacity(registry, "statistics");
        int meters = registry.getMeters().size();

        for (int i = 0; i < 100; i++) {
            latency.onMessageIngested(event(Instant.EPOCH));
            capacity.onMessageIngested(event(Instant.EPOCH)).reportSuccess();
        }

        assertThat(registry.getMeters()).hasSize(meters).hasSize(2);
    }

    private static EventMessage<?> event(Instant timestamp) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), "payload", Map.of(), timestamp);
    }
}
