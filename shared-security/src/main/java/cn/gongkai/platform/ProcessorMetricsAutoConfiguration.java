package cn.gongkai.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.util.List;
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

        ProcessorMetricsOnly(MeterRegistry registry) {
            super(new GlobalMetricRegistry(registry), true);
            this.registry = registry;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                    EventProcessor.class.isAssignableFrom(componentType) ? processor(componentName)
                            : NoOpMessageMonitor.INSTANCE);
        }

        @SuppressWarnings("unchecked") // a processor only ever hands its monitor event messages
        private MessageMonitor<Message<?>> processor(String name) {
            Function<Message<?>, Iterable<Tag>> tags = message -> Tags.of(TagsUtil.PROCESSOR_NAME_TAG, name);
            List<MessageMonitor<? super EventMessage<?>>> monitors = List.of(
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(PREFIX).meterRegistry(registry)
                            .tagsBuilder(tags).build(),
                    CapacityMonitor.buildMonitor(PREFIX, registry, tags),
                    MessageCountingMonitor.buildMonitor(PREFIX, registry, tags));
            return (MessageMonitor<Message<?>>) (MessageMonitor<?>) new MultiMessageMonitor<EventMessage<?>>(monitors);
        }
    }
}
