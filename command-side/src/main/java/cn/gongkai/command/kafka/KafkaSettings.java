package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command side's Kafka: where the broker is, the ingestion topic it consumes and the events topic it publishes
 * to. Both are off unless enabled; the embedded default runs without Kafka.
 *
 * <p>{@code partitions} and {@code replicationFactor} are used only when the command side creates a topic (the
 * ingestion, dead-letter and events topics, when they do not yet exist); an existing topic keeps its own. A
 * replication factor of {@code -1} leaves it to the broker's {@code default.replication.factor} (1 on a stock
 * broker): on a cluster, set that or this to 3, as the events topic is the query sides' only copy of the history.
 */
@ConfigurationProperties("gongkai.kafka")
public record KafkaSettings(@DefaultValue("127.0.0.1:9092") String bootstrapServers,
                           @DefaultValue("6") int partitions,
                           @DefaultValue("-1") short replicationFactor,
                           @DefaultValue Ingest ingest,
                           @DefaultValue Publish publish) {

    public KafkaSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("gongkai.kafka.partitions must be at least 1");
        }
        if (replicationFactor < 1 && replicationFactor != -1) {
            throw new IllegalArgumentException("gongkai.kafka.replication-factor must be at least 1, or -1 for the "
                    + "broker's default.replication.factor");
        }
    }

    /**
     * Consuming {@code gongkai.ingest.v1}. Each sending system's CloudEvent {@code source} is registered with the
     * organs whose facts it may write; a record from an unregistered source, or for another organ, is dead-lettered.
     * The partitions of a poll are ingested in parallel by {@code workers} threads, each partition's records in
     * order; consecutive records of one source are merged into requests of at most {@code groupEvents} events
     * (and never more than {@code gongkai.limits.max-batch-events}).
     */
    public record Ingest(@DefaultValue("false") boolean enabled,
                         @DefaultValue(KafkaContract.INGEST_TOPIC) String topic,
                         @DefaultValue(KafkaContract.DEAD_LETTER_TOPIC) String deadLetterTopic,
                         @DefaultValue("gongkai-command-side") String group,
                         @DefaultValue("500") int maxPollRecords,
                         @DefaultValue("1s") Duration retryBackoff,
                         @DefaultValue("4") int workers,
                         @DefaultValue("500") int groupEvents,
                         @DefaultValue List<SourceGrant> sources) {

        public Ingest {
            if (workers < 1) {
                throw new IllegalArgumentException("gongkai.kafka.ingest.workers must be at least 1");
            }
            if (groupEvents < 1) {
                throw new IllegalArgumentException("gongkai.kafka.ingest.group-events must be at least 1");
            }
        }

        public Map<String, Set<String>> organsBySource() {
            return sources.stream().collect(Collectors.toMap(SourceGrant::source, g -> Set.copyOf(g.organs()),
                    (a, b) -> { throw new IllegalArgumentException("gongkai.kafka.ingest.sources names a source twice"); }));
        }
    }

    /** A sending system and the organs it writes for. */
    public record SourceGrant(String source, List<String> organs) {
        public SourceGrant {
            organs = organs == null ? List.of() : List.copyOf(organs);
        }
    }

    /**
     * Publishing every stored event to {@code gongkai.events.v1}. A gap in the store (a transaction that took a
     * position and never committed) older than {@code gapTimeout} is taken to be permanent. The topic must keep
     * every record for ever (see {@link EventsTopic}); one that does not is refused at start, or reconfigured when
     * {@code fixTopicConfig} is set.
     */
    public record Publish(@DefaultValue("false") boolean enabled,
                          @DefaultValue(KafkaContract.EVENTS_TOPIC) String topic,
                          @DefaultValue("60s") Duration gapTimeout,
                          @DefaultValue("500ms") Duration watermarkInterval,
                          @DefaultValue("false") boolean fixTopicConfig) {
    }

    /** The replication factor to create topics with; empty for the broker's default. */
    Optional<Short> replication() {
        return replicationFactor == -1 ? Optional.empty() : Optional.of(replicationFactor);
    }

    Properties client(String clientId) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("client.id", clientId);
        return properties;
    }
}
