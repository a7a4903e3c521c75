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

    public record Replicate(@DefaultValue("false") boolean enabled,
                            @DefaultValue(KafkaContract.EVENTS_TOPIC) String topic,
                            @DefaultValue("gongkai-query-side") String group,
                            @DefaultValue("1000") int maxPollRecords,
                            @DefaultValue("1s") Duration retryBackoff) {
    }
}
