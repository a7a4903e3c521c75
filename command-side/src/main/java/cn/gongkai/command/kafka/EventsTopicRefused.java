package cn.gongkai.command.kafka;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The command side does not publish to an events topic that would lose the store's history. The message is the
 * whole explanation an operator needs: the topic, each setting found and the setting needed, and how to fix it.
 */
public final class EventsTopicRefused extends IllegalStateException {

    private final String topic;
    private final List<TopicSetting> wrong;
    private final String remedy;

    EventsTopicRefused(String topic, String bootstrapServers, List<TopicSetting> wrong) {
        super(problem(topic, wrong) + " " + remedy(topic, bootstrapServers, wrong));
        this.topic = topic;
        this.wrong = List.copyOf(wrong);
        this.remedy = remedy(topic, bootstrapServers, wrong);
    }

    public String topic() {
        return topic;
    }

    /** The settings that would delete or compact records, as found, with the values needed. */
    public List<TopicSetting> wrong() {
        return wrong;
    }

    /** What to do: the kafka-configs command line, or the switch that lets the command side do it. */
    public String remedy() {
        return remedy;
    }

    /** The refusal without its remedy. */
    public String problem() {
        return problem(topic, wrong);
    }

    private static String problem(String topic, List<TopicSetting> wrong) {
        return "Kafka topic " + topic + " would not keep the store's history, so the command side does not publish "
                + "to it: " + wrong.stream().map(TopicSetting::asFound).collect(Collectors.joining(", ")) + ". "
                + "A query side started later copies this topic from its first record; records deleted by retention "
                + "or compacted away (the topic is keyed by application) would be missing from its copy, and setting "
                + "the topic right does not bring back records already gone.";
    }

    private static String remedy(String topic, String bootstrapServers, List<TopicSetting> wrong) {
        return "Start the command side once with gongkai.kafka.publish.fix-topic-config=true to have it set the "
                + "topic right, or set it with Kafka's own tool: kafka-configs.sh --bootstrap-server " + bootstrapServers
                + " --alter --entity-type topics --entity-name " + topic + " --add-config "
                + wrong.stream().map(TopicSetting::asConfig).collect(Collectors.joining(","));
    }
}
