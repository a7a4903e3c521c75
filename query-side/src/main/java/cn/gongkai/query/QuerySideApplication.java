package cn.gongkai.query;

import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.TrackedStore;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.time.Duration;

/** The query side on its own: projections, reports and dashboards, reading the event stream. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        // A government's books do not phone home: Axon's update check stays off unless explicitly enabled.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=query-side")
                .run(args);
    }

    /** The command side's event store, shared in one database (without Kafka); see {@link TrackedStore}. */
    @Bean
    @ConditionalOnProperty(name = "gongkai.kafka.replicate.enabled", havingValue = "false", matchIfMissing = true)
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 @Value("${gongkai.store.gap-timeout:0ms}") Duration gapTimeout) {
        return TrackedStore.engine(EventTable.STORE, gapTimeout, defaultSerializer, eventSerializer,
                persistenceExceptionResolver, connectionProvider, transactionManager);
    }
}
