package cn.gongkai.command.kafka;

/**
 * One configuration setting of a Kafka topic as the broker reports it ({@code found}: the topic's own value or the
 * broker's default it inherits) beside the value Gongkai needs.
 */
public record TopicSetting(String name, String found, String needed) {

    /** {@code retention.ms is 604800000 (needs -1)}: what a refusal says. */
    String asFound() {
        return name + " is " + found + " (needs " + needed + ")";
    }

    /** {@code retention.ms 604800000 -> -1}: what a reconfiguration says it did. */
    String asChange() {
        return name + " " + found + " -> " + needed;
    }

    /** {@code retention.ms=-1}: the setting as kafka-configs' {@code --add-config} takes it. */
    String asConfig() {
        return name + "=" + needed;
    }
}
