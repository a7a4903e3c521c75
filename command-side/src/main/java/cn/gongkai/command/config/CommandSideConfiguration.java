package cn.gongkai.command.config;

import cn.gongkai.command.ingest.AppendedEvents;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.PrefetchingEventStorageEngine;
import cn.gongkai.events.calendar.WorkingCalendar;
import cn.gongkai.events.store.StoreDatabase;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;

/** Wiring of the command side: its schema, its clock, and what events carry from the CloudEvent behind them. */
@Configuration
@EnableScheduling
public class CommandSideConfiguration {

    /** The event store, token store and ingestion ledger; its own history table, beside the query side's. */
    @Bean(initMethod = "migrate")
    public Flyway commandSideSchema(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(StoreDatabase.of(dataSource).migrations("classpath:db/command"))
                .table("flyway_history_command")
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

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Every event carries the CloudEvent it came from, for provenance; never anything about the applicant. */
    @Bean
    public CorrelationDataProvider cloudEventOrigin() {
        return new SimpleCorrelationDataProvider(IngestionService.SOURCE, IngestionService.ID, IngestionService.TYPE);
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Axon's JDBC event store as Boot would configure it, able to prefetch a batch's streams. */
    @Bean
    public PrefetchingEventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                            PersistenceExceptionResolver persistenceExceptionResolver,
                                                            @Qualifier("eventSerializer") Serializer eventSerializer,
                                                            org.axonframework.config.Configuration configuration,
                                                            ConnectionProvider connectionProvider,
                                                            TransactionManager transactionManager) {
        return new PrefetchingEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema()));
    }

    @Bean
    public InitializingBean appendedEventsTracking(EventStore eventStore) {
        return () -> eventStore.registerDispatchInterceptor(new AppendedEvents());
    }
}
