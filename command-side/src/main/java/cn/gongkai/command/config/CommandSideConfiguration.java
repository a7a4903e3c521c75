package cn.gongkai.command.config;

import cn.gongkai.command.append.BatchEventStorageEngine;
import cn.gongkai.command.append.StreamLocks;
import cn.gongkai.command.audit.ChainKeeper;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.platform.StoreDatabase;
import cn.gongkai.platform.SideSchemas;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

/** Wiring of the command side: its schema, its clock, and what events carry from the CloudEvent behind them. */
@Configuration
@EnableScheduling
public class CommandSideConfiguration {

    /** The event store, token store and ingestion ledger; its own history table, beside the query side's. */
    @Bean(initMethod = "migrate")
    public Flyway commandSideSchema(DataSource dataSource) {
        return SideSchemas.of(dataSource, "classpath:db/command", "flyway_history_command");
    }

    /**
     * Every event a command produces carries the CloudEvent it came from, for provenance; never anything about the
     * applicant. Only a command's origin is carried on: no event handler here dispatches messages (the appender names
     * each event's origin itself), and Axon asks every provider for every event a processor handles, which made each
     * one deserialize its metadata for nothing.
     */
    @Bean
    public CorrelationDataProvider cloudEventOrigin() {
        SimpleCorrelationDataProvider origin = new SimpleCorrelationDataProvider(
                EventOrigin.KEYS.toArray(String[]::new));
        return message -> message instanceof CommandMessage<?> ? origin.correlationDataFor(message) : Map.of();
    }

    /**
     * Axon's JDBC event store as Boot would configure it, able to read a batch's streams in one query. Positions are
     * drawn in commit order (see {@link BatchEventStorageEngine}), so a tracking token need not wait for a gap: one
     * is only ever a position burned by a rolled-back or crashed insert, permanent from the moment a later position
     * is visible. {@code gongkai.store.gap-timeout} (default 0) keeps a gap open for that long after the event
     * beyond it was created, for a reader whose clock runs behind the writer's.
     */
    /** Events per tracking fetch: a processor batch (up to 500) in one query rather than Axon's default of 100. */
    static final int FETCH = 500;

    @Bean
    public BatchEventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                      PersistenceExceptionResolver persistenceExceptionResolver,
                                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                                      org.axonframework.config.Configuration configuration,
                                                      ConnectionProvider connectionProvider,
                                                      TransactionManager transactionManager,
                                                      DataSource dataSource,
                                                      @Value("${gongkai.store.gap-timeout:0ms}") Duration gapTimeout) {
        BatchEventStorageEngine engine = new BatchEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .batchSize(FETCH)
                .schema(new EventSchema()), transactionManager,
                new ChainKeeper(eventSerializer, StoreDatabase.of(dataSource)));
        engine.keepGapsFor(gapTimeout);
        return engine;
    }

    @Bean
    public StreamLocks streamLocks(DataSource dataSource, JdbcTemplate jdbc) {
        return StreamLocks.of(dataSource, jdbc);
    }
}
