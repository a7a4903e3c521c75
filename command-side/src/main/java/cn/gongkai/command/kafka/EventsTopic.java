package cn.gongkai.command.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The events topic ({@code gongkai.events.v1}) is the query sides' only source of the store's history: a replica
 * started next year copies it from its first record. So it must keep every record for ever and never be compacted:
 * unlimited retention by time and by size ({@code retention.ms=-1}, {@code retention.bytes=-1}) and
 * {@code cleanup.policy=delete} (with no limit, nothing is ever deleted). Compaction would be wrong even with
 * unlimited retention: the topic is keyed by aggregate, and compaction keeps only an application's latest event.
 *
 * <p>A first start creates the topic so. Before publishing, the command side checks the topic as it is (another
 * tool, an older Gongkai or a broker default may have made it otherwise): a setting that would delete or compact
 * records makes it refuse to publish ({@link EventsTopicRefused}), unless {@code fixConfig} lets it set the topic
 * right itself, which it says in one WARN line.
 */
public final class EventsTopic {

    private static final Logger log = LoggerFactory.getLogger(EventsTopic.class);

    /** The topic's settings that keep every record, each with the values that do. */
    static final List<Requirement> KEEP_EVERY_RECORD = List.of(
            new Requirement(TopicConfig.RETENTION_MS_CONFIG, "-1", EventsTopic::unlimited),
            new Requirement(TopicConfig.RETENTION_BYTES_CONFIG, "-1", EventsTopic::unlimited),
            new Requirement(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    EventsTopic::neverCompacted));

    /** A topic just created may not yet be known to the broker that answers; how long to ask again. */
    private static final Duration NEW_TOPIC_PATIENCE = Duration.ofSeconds(15);

    private final String name;
    private final String bootstrapServers;
    private final boolean fixConfig;

    /**
     * @param bootstrapServers only to name the broker in the kafka-configs command line of a refusal
     * @param fixConfig        set a wrong topic right rather than refuse
     */
    public EventsTopic(String name, String bootstrapServers, boolean fixConfig) {
        this.name = name;
        this.bootstrapServers = bootstrapServers;
        this.fixConfig = fixConfig;
    }

    /** The topic as a first start creates it: configured to keep every record. */
    NewTopic toCreate(int partitions, Optional<Short> replicationFactor) {
        Map<String, String> configs = new LinkedHashMap<>();
        KEEP_EVERY_RECORD.forEach(requirement -> configs.put(requirement.name(), requirement.needed()));
        return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs);
    }

    /**
     * Checks the existing topic's configuration. When it keeps every record, nothing happens; otherwise the topic is
     * reconfigured if {@code fixConfig} says so, else refused.
     *
     * @return the settings changed (none when the topic was right)
     * @throws EventsTopicRefused when a setting would delete or compact records and {@code fixConfig} is off
     */
    public List<TopicSetting> check(Admin admin) {
        List<TopicSetting> wrong = wrongSettings(describe(admin));
        if (wrong.isEmpty()) {
            return wrong;
        }
        if (!fixConfig) {
            throw new EventsTopicRefused(name, bootstrapServers, wrong);
        }
        alter(admin, wrong);
        log.warn("Kafka topic {} reconfigured to keep every record (gongkai.kafka.publish.fix-topic-config=true): {}; "
                        + "records already deleted or compacted are not brought back",
                name, wrong.stream().map(TopicSetting::asChange).collect(Collectors.joining(", ")));
        return wrong;
    }

    /** Each setting that would lose records, with the value that would not. */
    static List<TopicSetting> wrongSettings(Config config) {
        return KEEP_EVERY_RECORD.stream()
                .map(requirement -> requirement.judge(config.get(requirement.name())))
                .flatMap(Optional::stream)
                .toList();
    }

    private Config describe(Admin admin) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, name);
        long deadline = System.nanoTime() + NEW_TOPIC_PATIENCE.toNanos();
        while (true) {
            try {
                return admin.describeConfigs(List.of(topic)).all().get().get(topic);
            } catch (ExecutionException e) {
                boolean unknown = e.getCause() instanceof UnknownTopicOrPartitionException;
                if (unknown && System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka topic " + name + " does not exist", e.getCause());
                }
                if (!unknown) {
                    throw new IllegalStateException("cannot read the configuration of Kafka topic " + name
                            + " (the command side needs DescribeConfigs on it)", e.getCause());
                }
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading Kafka topic " + name, e);
            }
        }
    }

    private void alter(Admin admin, List<TopicSetting> wrong) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, name);
        List<AlterConfigOp> changes = wrong.stream()
                .map(s -> new AlterConfigOp(new ConfigEntry(s.name(), s.needed()), AlterConfigOp.OpType.SET))
                .toList();
        try {
            admin.incrementalAlterConfigs(Map.of(topic, changes)).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reconfigure Kafka topic " + name + " (the command side needs "
                    + "AlterConfigs on it): " + new EventsTopicRefused(name, bootstrapServers, wrong).getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reconfiguring Kafka topic " + name, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a new Kafka topic", e);
        }
    }

    /** A negative retention is no limit (Kafka's own reading of -1). */
    private static boolean unlimited(String value) {
        try {
            return Long.parseLong(value.trim()) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code delete} alone: {@code compact}, even beside {@code delete}, drops an application's earlier events. */
    private static boolean neverCompacted(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).noneMatch(TopicConfig.CLEANUP_POLICY_COMPACT::equals);
    }

    /** A setting, the value to set when it is wrong, and which values keep every record. */
    record Requirement(String name, String needed, Predicate<String> keepsEveryRecord) {

        Optional<TopicSetting> judge(ConfigEntry entry) {
            String found = entry == null || entry.value() == null ? "unset" : entry.value();
            return entry != null && entry.value() != null && keepsEveryRecord.test(entry.value())
                    ? Optional.empty() : Optional.of(new TopicSetting(name, found, needed));
        }
    }
}
