package cn.gongkai.query.config;

import cn.gongkai.events.calendar.WorkingCalendar;
import cn.gongkai.events.store.StoreDatabase;
import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.source.StatisticsEventSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Wiring of the query side: its read-model schema, with its own history table beside the command side's. */
@Configuration
public class QuerySideConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway querySideSchema(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(StoreDatabase.of(dataSource).migrations("classpath:db/query"))
                .table("flyway_history_query")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** The shipped working-day calendars, each year replaceable by a file cn-YYYY.txt in gongkai.calendar.dir. */
    @Bean
    @ConditionalOnMissingBean
    public WorkingCalendar workingCalendar(@Value("${gongkai.calendar.dir:}") String directory) {
        return WorkingCalendar.load(directory.isBlank() ? null : Path.of(directory));
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

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
