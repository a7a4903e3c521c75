package cn.gongkai.local;

import cn.gongkai.command.kafka.EventsTopic;
import cn.gongkai.command.kafka.EventsTopicRefused;
import cn.gongkai.command.kafka.KafkaConfiguration;
import cn.gongkai.command.kafka.KafkaSettings;
import cn.gongkai.command.kafka.TopicSetting;
import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.testing.PostgresTestDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The events topic keeps every record for ever, on a real broker whose own defaults would delete records after 7
 * days (the stock {@code log.retention.hours=168}): a first start creates it so; an existing topic that would delete
 * or compact records is refused with a message naming the topic, the setting found, the setting needed and the
 * fix; with {@code gongkai.kafka.publish.fix-topic-config=true} the command side sets such a topic right and
 * publishes the store to it. The topic check is called directly against the broker; only the fix is shown through a
 * command side started as a process.
 */
class KafkaEventsTopicTest {

    /** The stock broker's retention (7 days), which every topic without a setting of its own inherits. */
    private static final String A_WEEK = "604800000";

    @TempDir
    static Path directory;
    private static Broker broker;
    private static Admin admin;

    @BeforeAll
    static void startBroker() {
        broker = Broker.start(directory);
        Properties client = new Properties();
        client.put("bootstrap.servers", broker.bootstrapServers());
        admin = Admin.create(client);
    }

    @AfterAll
    static void stopBroker() {
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void given_a_fresh_broker_when_the_command_side_first_starts_then_the_events_topic_keeps_every_record()
            throws Exception {
        // given a broker with none of the command side's topics, and the command side configured for 3 partitions
        KafkaSettings settings = settings(Map.of("partitions", "3", "publish.topic", "first.events",
                "ingest.topic", "first.ingest", "ingest.dead-letter-topic", "first.ingest.dlt"));

        // when its Kafka producer is made, as at start
        new KafkaConfiguration().gongkaiKafkaProducer(settings).close();

        // then the events topic has the settings that keep every record, as its own, and the configured partitions
        Config events = describe("first.events");
        assertThat(events.get("retention.ms").value()).isEqualTo("-1");
        assertThat(events.get("retention.bytes").value()).isEqualTo("-1");
        assertThat(events.get("cleanup.policy").value()).isEqualTo("delete");
        assertThat(Stream.of("retention.ms", "retention.bytes", "cleanup.policy").map(events::get))
                .as("set on the topic, not inherited from the broker").extracting(ConfigEntry::source)
                .containsOnly(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
        assertThat(partitions("first.events")).isEqualTo(3);
        assertThat(new EventsTopic("first.events", broker.bootstrapServers(), false).check(admin))
                .as("nothing to change").isEmpty();
        // and the ingestion topic, a queue, keeps the broker's retention
        assertThat(describe("first.ingest").get("retention.ms").value()).isEqualTo(A_WEEK);
    }

    /** A pre-existing events topic that would lose records, and the one setting a refusal must name. */
    record LosingTopic(String what, String topic, Map<String, String> configs, TopicSetting wrong) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<LosingTopic> losingTopics() {
        return Stream.of(
                new LosingTopic("as an earlier Gongkai created it, with the broker's 7 days", "old.events", Map.of(),
                        new TopicSetting("retention.ms", A_WEEK, "-1")),
                new LosingTopic("limited by size", "sized.events",
                        Map.of("retention.ms", "-1", "retention.bytes", "1073741824"),
                        new TopicSetting("retention.bytes", "1073741824", "-1")),
                new LosingTopic("compacted", "compacted.events",
                        Map.of("retention.ms", "-1", "cleanup.policy", "compact,delete"),
                        new TopicSetting("cleanup.policy", "compact,delete", "delete")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losingTopics")
    void given_an_events_topic_that_would_lose_records_when_the_publisher_checks_it_then_it_refuses_saying_how_to_fix(
            LosingTopic losing) throws Exception {
        // given the topic, made before the command side's first start
        create(new NewTopic(losing.topic(), Optional.of(1), Optional.empty()).configs(losing.configs()));

        // when the publisher checks it, without the fix switch
        EventsTopicRefused refused = catchThrowableOfType(
                () -> new EventsTopic(losing.topic(), broker.bootstrapServers(), false).check(admin),
                EventsTopicRefused.class);

        // then it refuses, naming the topic, the setting found and needed, and the command line that fixes it
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.wrong()).containsExactly(losing.wrong());
        TopicSetting wrong = losing.wrong();
        assertThat(refused.getMessage())
                .contains("Kafka topic " + losing.topic() + " would not keep the store's history")
                .contains(wrong.name() + " is " + wrong.found() + " (needs " + wrong.needed() + ")")
                .contains("gongkai.kafka.publish.fix-topic-config=true")
                .endsWith("kafka-configs.sh --bootstrap-server " + broker.bootstrapServers() + " --alter "
                        + "--entity-type topics --entity-name " + losing.topic() + " --add-config "
                        + wrong.name() + "=" + wrong.needed());
        // and changes nothing
        assertThat(describe(losing.topic()).get(wrong.name()).value()).isEqualTo(wrong.found());
    }

    @Test
    void given_an_events_topic_that_would_lose_records_when_the_command_side_starts_with_the_fix_switch_then_it_is_altered_and_the_store_published()
            throws Exception {
        // given the events topic made by hand with a week's retention, compacted
        create(new NewTopic(KafkaContract.EVENTS_TOPIC, Optional.of(2), Optional.empty())
                .configs(Map.of("retention.ms", A_WEEK, "cleanup.policy", "compact")));

        try (PostgresTestDatabase database = PostgresTestDatabase.create("events_topic");
             // when the command side starts publishing, allowed to fix the topic, and the sample year is sent
             Side commandSide = Side.command(database, List.of(
                     "--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                     "--gongkai.kafka.publish.enabled=true",
                     "--gongkai.kafka.publish.fix-topic-config=true"), directory)) {
            commandSide.api().sendBatch(JuluSample.events());
            long stored = count(database, "select count(*) from domainevententry");
            assertThat(stored).as("events in the store").isPositive();

            // then every stored event is published to the topic, now set to keep every record
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> eventsOnTopic().size() == stored);
            assertThat(eventsOnTopic()).as("positions on the topic").doesNotHaveDuplicates().hasSize((int) stored);
            Config events = describe(KafkaContract.EVENTS_TOPIC);
            assertThat(events.get("retention.ms").value()).isEqualTo("-1");
            assertThat(events.get("cleanup.policy").value()).isEqualTo("delete");
            // and one WARN line said what was changed
            assertThat(Files.readAllLines(directory.resolve("command-side.log")).stream()
                    .filter(line -> line.contains(" WARN ") && line.contains("reconfigured to keep every record")))
                    .singleElement().asString()
                    .contains("Kafka topic " + KafkaContract.EVENTS_TOPIC)
                    .contains("retention.ms " + A_WEEK + " -> -1")
                    .contains("cleanup.policy compact -> delete")
                    .doesNotContain("retention.bytes");
        }
    }

    /** The command side's Kafka settings as Spring binds them: the test broker, defaults, and {@code more}. */
    private static KafkaSettings settings(Map<String, String> more) {
        Map<String, String> properties = new java.util.HashMap<>();
        properties.put("gongkai.kafka.bootstrap-servers", broker.bootstrapServers());
        more.forEach((key, value) -> properties.put("gongkai.kafka." + key, value));
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("gongkai.kafka", KafkaSettings.class);
    }

    private static void create(NewTopic topic) throws Exception {
        admin.createTopics(List.of(topic)).all().get();
    }

    /** A topic's configuration, once the broker knows the topic (just after its creation it may not yet). */
    private static Config describe(String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .ignoreExceptionsMatching(e -> e.getCause() instanceof UnknownTopicOrPartitionException)
                .until(() -> admin.describeConfigs(List.of(resource)).all().get().get(resource),
                        java.util.Objects::nonNull);
    }

    private static int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }

    /** The positions of the event records on the events topic (not its watermarks), read from its beginning. */
    private static List<String> eventsOnTopic() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaContract.EVENTS_TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> positions = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    var position = record.headers().lastHeader(KafkaContract.POSITION);
                    if (position != null) {
                        positions.add(new String(position.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return positions;
        }
    }

    private static long count(PostgresTestDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
