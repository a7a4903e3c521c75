package cn.gongkai.platform;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;

import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.micrometer.reservoir.SlidingTimeWindowReservoir;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Axon's Micrometer metrics, cut to what operators read: per event processor its latency, capacity and counts of
 * processed and failed events ({@code eventProcessor_*{processorName}}, the Grafana dashboard's panels). Axon's
 * default also times every message per payload type, on every processor and on the command and event buses, which
 * costs a meter look-up per event on the ingestion path and in every projection batch, and nothing reads it.
 * Replaces the module Axon's auto-configuration would register (it backs off when one is present).
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@ConditionalOnClass(MetricsConfigurerModule.class)
public class ProcessorMetricsAutoConfiguration {

    static final String PREFIX = "eventProcessor";

    @Bean
    public MetricsConfigurerModule metricsConfigurerModule(MeterRegistry registry) {
        return new ProcessorMetricsOnly(registry);
    }

    /** Monitors event processors as Axon's dimensional metrics do, and nothing else. */
    static final class ProcessorMetricsOnly extends MetricsConfigurerModule {

        private final MeterRegistry registry;
        /** One monitor per processor name, however often Axon asks: its gauges are registered once. */
        private final Map<String, MessageMonitor<Message<?>>> byProcessor = new ConcurrentHashMap<>();

        ProcessorMetricsOnly(MeterRegistry registry) {
            super(new GlobalMetricRegistry(registry), true);
            this.registry = registry;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                    EventProcessor.class.isAssignableFrom(componentType)
                            ? byProcessor.computeIfAbsent(componentName, this::processor)
                            : NoOpMessageMonitor.INSTANCE);
        }

        @SuppressWarnings("unchecked") // a processor only ever hands its monitor event messages
        private MessageMonitor<Message<?>> processor(String name) {
            Function<Message<?>, Iterable<Tag>> tags = message -> Tags.of(TagsUtil.PROCESSOR_NAME_TAG, name);
            List<MessageMonitor<? super EventMessage<?>>> monitors = List.of(
                    new ProcessorLatency(registry, name),
                    new ProcessorCapacity(registry, name),
                    MessageCountingMonitor.buildMonitor(PREFIX, registry, tags));
            return (MessageMonitor<Message<?>>) (MessageMonitor<?>) new MultiMessageMonitor<EventMessage<?>>(monitors);
        }
    }

    /**
     * A processor's latency, {@code eventProcessor.latency{processorName}}: the wall-clock time minus the timestamp of
     * the last event it took in, as Axon's {@code EventProcessorLatencyMonitor} measures it, but with its gauge
     * registered once rather than again for every event (which cost a meter look-up per event and logged Micrometer's
     * "Gauge has been already registered" warning at every start).
     */
    static final class ProcessorLatency implements MessageMonitor<EventMessage<?>> {

        private final AtomicLong millis = new AtomicLong();
        private final Clock clock;

        ProcessorLatency(MeterRegistry registry, String processor) {
            this.clock = registry.config().clock();
            Gauge.builder(PREFIX + ".latency", millis, AtomicLong::get)
                    .tags(Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processor)).register(registry);
        }

        @Override
        public MessageMonitor.MonitorCallback onMessageIngested(EventMessage<?> message) {
            millis.set(clock.wallTime() - message.getTimestamp().toEpochMilli());
            return NoOpMessageMonitorCallback.INSTANCE;
        }
    }

    /**
     * A processor's capacity, {@code eventProcessor.capacity{processorName}}: the share of the last ten minutes it spent
     * handling events (1 = one thread busy throughout), as Axon's {@code CapacityMonitor} measures it, with its gauge
     * registered once rather than again for every event.
     */
    static final class ProcessorCapacity implements MessageMonitor<EventMessage<?>> {

        static final Duration WINDOW = Duration.ofMinutes(10);

        private final Clock clock;
        private final SlidingTimeWindowReservoir busyNanos;

        ProcessorCapacity(MeterRegistry registry, String processor) {
            this.clock = registry.config().clock();
            this.busyNanos = new SlidingTimeWindowReservoir(WINDOW.toMillis(), TimeUnit.MILLISECONDS, clock);
            Gauge.builder(PREFIX + ".capacity", busyNanos, ProcessorCapacity::share)
                    .tags(Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processor)).register(registry);
        }

        private static double share(SlidingTimeWindowReservoir busyNanos) {
            return busyNanos.getMeasurements().stream().mapToLong(Long::longValue).sum() / (double) WINDOW.toNanos();
        }

        @Override
        public MessageMonitor.MonitorCallback onMessageIngested(EventMessage<?> message) {
            long start = clock.monotonicTime();
            return new MessageMonitor.MonitorCallback() {
                @Override
                public void reportSuccess() {
                    busyNanos.update(clock.monotonicTime() - start);
                }

                @Override
                public void reportFailure(Throwable cause) {
                    busyNanos.update(clock.monotonicTime() - start);
                }

                @Override
                public void reportIgnored() {
                    busyNanos.update(clock.monotonicTime() - start);
                }
            };
        }
    }
}
