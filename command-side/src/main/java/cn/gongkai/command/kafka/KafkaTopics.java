package cn.gongkai.command.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Creates the topics the command side reads and writes, before any consumer starts, when they do not yet exist. A
 * topic that exists is left as it is; the events topic's configuration is checked before publishing
 * ({@link EventsTopic#check}).
 */
final class KafkaTopics {

    private KafkaTopics() {
    }

    /**
     * A topic read as a queue (the ingestion topic) or looked into for a while (the dead-letter topic): created with
     * the broker's configuration, so its records are deleted after the broker's retention (7 days on a stock
     * broker). That is all they need: an ingestion record's offset is committed once its events are in the store,
     * and a dead letter is counted in {@code gongkai_kafka_dead_letters_total} when it is written; raise the
     * topic's {@code retention.ms} if dead letters are looked at less often than that.
     */
    static NewTopic queue(String name, int partitions, Optional<Short> replicationFactor) {
        return new NewTopic(name, Optional.of(partitions), replicationFactor);
    }

    static void ensure(Properties client, Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(client)) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create Kafka topic " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topics", e);
        }
    }
}
