package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Distributed mode on the query side: its events come from {@code gongkai.events.v1} rather than from the event
 * store. Every query-side instance joins one consumer group, so the partitions (and the copying) are shared.
 */
@ConfigurationProperties("gongkai.kafka")
public record ReplicaSettings(@DefaultValue("127.0.0.1:9092") String bootstrapServers,
                              @DefaultValue Replicate replicate) {

    /**
     * Copying the topic. The copy's completeness is checked after each poll and every {@code checkInterval}, in
     * full every {@code fullCheckInterval}; positions it lacks are copied from the command side's store when
     * {@code bootstrap.url} is set.
     */
    public record Replicate(@DefaultValue("false") boolean enabled,
                            @DefaultValue(KafkaContract.EVENTS_TOPIC) String topic,
                            @DefaultValue("gongkai-query-side") String group,
                            @DefaultValue("1000") int maxPollRecords,
                            @DefaultValue("1s") Duration retryBackoff,
                            @DefaultValue("1s") Duration checkInterval,
                            @DefaultValue("5m") Duration fullCheckInterval,
                            @DefaultValue Bootstrap bootstrap) {
    }

    /**
     * The command side whose store's export ({@code GET /api/v1/stored-events}) fills what the topic no longer
     * holds: its base URL (none by default: the replica then only says what it lacks) and an administrator's bearer
     * token; {@code timeout} bounds one range's export.
     */
    public record Bootstrap(@DefaultValue("") String url,
                            @DefaultValue("") String token,
                            @DefaultValue("10m") Duration timeout) {

        public boolean configured() {
            return !url.isBlank();
        }
    }
}
