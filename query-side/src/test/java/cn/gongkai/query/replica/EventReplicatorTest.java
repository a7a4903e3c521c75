package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.platform.StoreDatabase;
import cn.gongkai.testing.PostgresTestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The replicator outlives its database's outages: partitions assigned while PostgreSQL is away (a rebalance during a
 * restart) are checked once it is back, and the copy goes on.
 */
class EventReplicatorTest {

    private static final String TOPIC = KafkaContract.EVENTS_TOPIC;

    private PostgresTestDatabase database;
    private JdbcTemplate jdbc;
    private final DatabaseThatCanBeAway data = new DatabaseThatCanBeAway();
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    private EventReplicator replicator;

    @BeforeEach
    void aCopyAndATopicOfTwoPartitions() {
        database = PostgresTestDatabase.create("event_replicator");
        data.setUrl(database.url());
        data.setUsername(database.user());
        data.setPassword(database.password());
        Flyway.configure().dataSource(data).locations(StoreDatabase.of(data).migrations("classpath:db/query"))
                .table("flyway_history_query").load().migrate();
        jdbc = new JdbcTemplate(data);
        consumer.updatePartitions(TOPIC, List.of(partitionInfo(0), partitionInfo(1)));
        consumer.updateBeginningOffsets(Map.of(partition(0), 0L, partition(1), 0L));
        ReplicaSettings.Replicate settings = new ReplicaSettings.Replicate(true, TOPIC, "test", 100,
                Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofMinutes(5),
                new ReplicaSettings.Bootstrap("", "", Duration.ofMinutes(1)));
        replicator = new EventReplicator(() -> consumer, settings,
                new ReplicaWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data))), () -> { },
                new AtomicLong());
    }

    @AfterEach
    void stopAndDrop() {
        replicator.stop();
        database.close();
    }

    @Test
    void given_the_database_away_when_partitions_are_assigned_then_the_copy_goes_on_once_it_is_back() {
        data.away = true;
        consumer.schedulePollTask(() -> consumer.rebalance(List.of(partition(0), partition(1))));

        replicator.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> data.refused.get() >= 2);
        data.away = false;
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> jdbc.queryForObject("select count(*) from replica_watermark", Long.class) == 2);
        consumer.addRecord(watermark(0, 7));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select position from replica_watermark where partition_no = 0", Long.class) == 7);
        assertThat(replicator.isRunning()).isTrue();
    }

    /** A data source that refuses every connection while {@link #away}, as a database being restarted does. */
    private static final class DatabaseThatCanBeAway extends DriverManagerDataSource {
        private volatile boolean away;
        private final AtomicInteger refused = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLException {
            if (away) {
                refused.incrementAndGet();
                throw new SQLException("the database system is shutting down", "57P03");
            }
            return super.getConnection();
        }
    }

    private static ConsumerRecord<byte[], byte[]> watermark(int partition, long position) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(KafkaContract.WATERMARK, Long.toString(position).getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(TOPIC, partition, 0, 0L, TimestampType.CREATE_TIME, 0, 0, null, null, headers,
                Optional.empty());
    }

    private static TopicPartition partition(int number) {
        return new TopicPartition(TOPIC, number);
    }

    private static PartitionInfo partitionInfo(int number) {
        return new PartitionInfo(TOPIC, number, null, null, null);
    }
}
