package cn.gongkai.command.kafka;

import cn.gongkai.command.ingest.CloudEventParser;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.security.RequestLimits;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Distributed mode on the command side: consuming the ingestion topic ({@code gongkai.kafka.ingest.enabled}) and
 * publishing the store to the events topic ({@code gongkai.kafka.publish.enabled}), on the plain Kafka client.
 */
@Configuration
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaConfiguration {

    static final String CONSUMER_LAG = "gongkai.kafka.consumer.lag";
    static final String PUBLISH_LAG = "gongkai.kafka.publish.lag";
    private static final String ADMIN_CLIENT = "gongkai-command-side-admin";

    /** The producer of dead letters and of the events topic; first, the topics are created if they do not exist. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("${gongkai.kafka.ingest.enabled:false} or ${gongkai.kafka.publish.enabled:false}")
    public Producer<byte[], byte[]> gongkaiKafkaProducer(KafkaSettings settings) {
        KafkaTopics.ensure(settings.client(ADMIN_CLIENT), List.of(
                KafkaTopics.queue(settings.ingest().topic(), settings.partitions(), settings.replication()),
                KafkaTopics.queue(settings.ingest().deadLetterTopic(), settings.partitions(), settings.replication()),
                eventsTopic(settings).toCreate(settings.partitions(), settings.replication())));
        Properties properties = settings.client("gongkai-command-side");
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("linger.ms", "2");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Bean
    @ConditionalOnProperty(name = "gongkai.kafka.ingest.enabled", havingValue = "true")
    public IngestTopicConsumer ingestTopicConsumer(KafkaSettings settings, Producer<byte[], byte[]> producer,
                                                   CloudEventParser parser,
                                                   IngestionService ingestion, RequestLimits limits,
                                                   MeterRegistry registry) {
        KafkaSettings.Ingest ingest = settings.ingest();
        AtomicLong lag = new AtomicLong();
        Gauge.builder(CONSUMER_LAG, lag, AtomicLong::get)
                .description("Records on the topic not yet consumed by this service")
                .tag("topic", ingest.topic()).register(registry);
        PartitionIngester ingester = new PartitionIngester(new CloudEventRecords(parser),
                new SourceRegistry(ingest.organsBySource()), ingestion,
                new DeadLetters(producer, ingest.deadLetterTopic(), registry), limits.maxBatchEvents(),
                ingest.groupEvents());
        return new IngestTopicConsumer(() -> consumer(settings), ingest, ingester, lag);
    }

    @Bean
    @ConditionalOnProperty(name = "gongkai.kafka.publish.enabled", havingValue = "true")
    public StoreGaps storeGaps(JdbcTemplate jdbc, KafkaSettings settings, Clock clock) {
        return new StoreGaps(jdbc, settings.publish().gapTimeout(), clock);
    }

    /**
     * The publisher, once the events topic is known to keep every record: a topic that would delete or compact
     * records fails the start with {@link EventsTopicRefused} (its message says what to do), unless
     * {@code gongkai.kafka.publish.fix-topic-config} lets the command side reconfigure it.
     */
    @Bean
    @ConditionalOnProperty(name = "gongkai.kafka.publish.enabled", havingValue = "true")
    public EventPublisher eventPublisher(KafkaSettings settings, Producer<byte[], byte[]> producer, JdbcTemplate jdbc,
                                         StoreGaps gaps, ObjectMapper json) {
        try (Admin admin = Admin.create(settings.client(ADMIN_CLIENT))) {
            eventsTopic(settings).check(admin);
        }
        return new EventPublisher(producer, settings.publish().topic(), new EventRecords(settings.publish().topic(), json),
                jdbc, gaps);
    }

    @Bean
    @ConditionalOnProperty(name = "gongkai.kafka.publish.enabled", havingValue = "true")
    public WatermarkTicker watermarkTicker(EventPublisher publisher, EventProcessingConfiguration processing,
                                           StoreGaps gaps, KafkaSettings settings, MeterRegistry registry) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder(PUBLISH_LAG, lag, AtomicLong::get)
                .description("Events in the store not yet on the events topic")
                .tag("topic", settings.publish().topic()).register(registry);
        return new WatermarkTicker(publisher, processing, gaps, settings.publish().watermarkInterval(), lag);
    }

    private static EventsTopic eventsTopic(KafkaSettings settings) {
        return new EventsTopic(settings.publish().topic(), settings.bootstrapServers(),
                settings.publish().fixTopicConfig());
    }

    private static Consumer<byte[], byte[]> consumer(KafkaSettings settings) {
        Properties properties = settings.client("gongkai-command-side-ingest");
        properties.put("group.id", settings.ingest().group());
        properties.put("enable.auto.commit", "false");
        properties.put("auto.offset.reset", "earliest");
        properties.put("max.poll.records", Integer.toString(settings.ingest().maxPollRecords()));
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
