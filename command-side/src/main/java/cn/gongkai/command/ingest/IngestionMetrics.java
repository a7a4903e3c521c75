package cn.gongkai.command.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts what ingestion made of each event, for Prometheus: {@code gongkai_ingest_events_total{status}} with status
 * appended, unchanged or duplicate for accepted events, and {@code gongkai_ingest_refused_total{rule, kind}} for
 * refused ones, by the rule they broke.
 */
@Component
class IngestionMetrics {

    public static final String EVENTS = "gongkai.ingest.events";
    public static final String REFUSED = "gongkai.ingest.refused";

    private final MeterRegistry registry;

    public IngestionMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (EventStatus status : EventStatus.values()) {
            accepted(status);
        }
    }

    void accepted(IngestionReceipt receipt) {
        receipt.events().forEach(event -> accepted(event.status()).increment());
    }

    void refused(EventsRefused refused) {
        refused.refusals().forEach(refusal -> Counter.builder(REFUSED)
                .description("Events refused, by the rule they broke")
                .tag("rule", refusal.rule())
                .tag("kind", refusal.kind().name().toLowerCase())
                .register(registry).increment());
    }

    private Counter accepted(EventStatus status) {
        return Counter.builder(EVENTS)
                .description("Events accepted, by what became of them")
                .tag("status", status.name().toLowerCase())
                .register(registry);
    }
}
