package cn.gongkai.query.replica;

import cn.gongkai.query.projection.EventTable;
import cn.gongkai.query.projection.TrackedStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.AntPathMatcher;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Distributed mode ({@code gongkai.kafka.replicate.enabled}): the query side copies the events topic into its
 * database and its processors read the settled part of that copy, as in embedded mode they read the store; a copy
 * that lacks part of the history answers no figure, and fills it from the command side's store when configured to.
 */
@Configuration
@ConditionalOnProperty(name = "gongkai.kafka.replicate.enabled", havingValue = "true")
@EnableConfigurationProperties(ReplicaSettings.class)
public class ReplicaConfiguration {

    static final String CONSUMER_LAG = "gongkai.kafka.consumer.lag";
    static final String MISSING_POSITIONS = "gongkai.replica.missing.positions";

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 @Value("${gongkai.store.gap-timeout:0ms}") Duration gapTimeout) {
        return TrackedStore.engine(EventTable.REPLICA, gapTimeout, defaultSerializer, eventSerializer,
                persistenceExceptionResolver, connectionProvider, transactionManager);
    }

    @Bean
    public ReplicaWriter replicaWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new ReplicaWriter(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    public ReplicaCompleteness replicaCompleteness(JdbcTemplate jdbc, MeterRegistry registry) {
        ReplicaCompleteness completeness = new ReplicaCompleteness(jdbc);
        Gauge.builder(MISSING_POSITIONS, completeness, c -> c.state().missingCount())
                .description("Positions of the history this replica's copy lacks (figures are withheld while any)")
                .register(registry);
        return completeness;
    }

    @Bean
    public EventReplicator eventReplicator(ReplicaSettings settings, ReplicaWriter writer,
                                           ReplicaCompleteness completeness, MeterRegistry registry) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder(CONSUMER_LAG, lag, AtomicLong::get)
                .description("Records on the topic not yet consumed by this service")
                .tag("topic", settings.replicate().topic()).register(registry);
        return new EventReplicator(() -> consumer(settings), settings.replicate(), writer,
                () -> completeness.check(false), lag);
    }

    @Bean
    public CompletenessTicker completenessTicker(ReplicaSettings settings, ReplicaCompleteness completeness,
                                                 ReplicaWriter writer, ObjectMapper json) {
        ReplicaSettings.Replicate replicate = settings.replicate();
        Optional<StoreBootstrap> bootstrap = replicate.bootstrap().configured()
                ? Optional.of(new StoreBootstrap(replicate.bootstrap(), writer, json)) : Optional.empty();
        return new CompletenessTicker(completeness, bootstrap, replicate.checkInterval(),
                replicate.fullCheckInterval());
    }

    /** Every figure answers 503 while the copy lacks positions. */
    @Bean
    public WebMvcConfigurer figuresWithheld(ReplicaCompleteness completeness) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new FiguresWithheld(completeness)).addPathPatterns(FiguresWithheld.FIGURES);
            }
        };
    }

    /**
     * A replica's API description says what {@link FiguresWithheld} does: every figure operation may answer 503 while
     * the copy lacks positions (ordered first, so the shared description gives the 503 the problem's schema).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public OpenApiCustomizer figuresMayBeWithheld() {
        AntPathMatcher paths = new AntPathMatcher();
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (Arrays.stream(FiguresWithheld.FIGURES).anyMatch(figures -> paths.match(figures, path))) {
                    item.readOperations().forEach(operation -> {
                        if (operation.getResponses() == null) {
                            operation.setResponses(new ApiResponses());
                        }
                        operation.getResponses().addApiResponse("503", new ApiResponse().description(
                                "This replica lacks part of the event history (history-incomplete); the problem "
                                        + "names the missing positions"));
                    });
                }
            });
        };
    }

    private static Consumer<byte[], byte[]> consumer(ReplicaSettings settings) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", settings.bootstrapServers());
        properties.put("client.id", "gongkai-query-side-replicator");
        properties.put("group.id", settings.replicate().group());
        properties.put("enable.auto.commit", "false");
        properties.put("auto.offset.reset", "earliest");
        properties.put("max.poll.records", Integer.toString(settings.replicate().maxPollRecords()));
        // A query side started before the command side waits for the events topic rather than have a broker that
        // auto-creates topics make it with the broker's retention (the command side creates it keeping every record).
        properties.put("allow.auto.create.topics", "false");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
