package cn.gongkai.query.config;

import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.platform.SideSchemas;
import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.source.StatisticsEventSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/** Wiring of the query side: its read-model schema, with its own history table beside the command side's. */
@Configuration
public class QuerySideConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway querySideSchema(DataSource dataSource) {
        return SideSchemas.of(dataSource, "classpath:db/query", "flyway_history_query");
    }

    /** The event store itself, or in distributed mode the settled copy of the events topic. */
    @Bean
    public EventTable eventTable(@Value("${gongkai.kafka.replicate.enabled:false}") boolean replicated) {
        return replicated ? EventTable.REPLICA : EventTable.STORE;
    }

    /**
     * The statistics processor's source (named in query-side.yml): the storage engine read directly, looked at again
     * when this JVM commits events and otherwise every {@code gongkai.projection.poll-interval}.
     */
    @Bean
    public StatisticsEventSource statisticsEventSource(EventStorageEngine engine, EventStore eventStore,
                                                       @Value("${gongkai.projection.poll-interval:PT0.025S}")
                                                       Duration pollInterval) {
        StatisticsEventSource source = new StatisticsEventSource(engine, pollInterval);
        eventStore.subscribe(events -> source.committed());
        return source;
    }

    /**
     * How table 四 counts a review or lawsuit ({@code gongkai.report.case-counting-rule}): one rule for the live,
     * as-of and dashboard figures alike.
     */
    @Bean
    public CaseCountingRule caseCountingRule(
            @Value("${gongkai.report.case-counting-rule:CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END}")
            CaseCountingRule rule) {
        return rule;
    }
}
