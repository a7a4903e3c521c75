package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.events.kafka.PositionRange;
import cn.gongkai.platform.StoreDatabase;
import cn.gongkai.testing.PostgresTestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica's copy on PostgreSQL knows what it lacks: positions neither copied nor named by a watermark as holding no
 * event are missing, the projections' view stops below the first of them, and a copy filled later is whole again.
 */
class ReplicaCompletenessTest {

    private PostgresTestDatabase database;
    private JdbcTemplate jdbc;
    private ReplicaWriter writer;
    private ReplicaCompleteness completeness;

    @BeforeEach
    void aFreshCopy() {
        database = PostgresTestDatabase.create("replica_completeness");
        DriverManagerDataSource data = new DriverManagerDataSource(database.url(), database.user(),
                database.password());
        Flyway.configure().dataSource(data).locations(StoreDatabase.of(data).migrations("classpath:db/query"))
                .table("flyway_history_query").load().migrate();
        jdbc = new JdbcTemplate(data);
        writer = new ReplicaWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)));
        writer.knowPartitions(List.of(0, 1));
        completeness = new ReplicaCompleteness(jdbc);
    }

    @AfterEach
    void dropIt() {
        database.close();
    }

    @Test
    void given_every_position_copied_when_checked_then_nothing_is_missing_and_every_event_is_settled() {
        copy(events(1, 10), watermarks(10, ""));

        ReplicaCompleteness.State state = completeness.check(false);

        assertThat(state.missing()).isEmpty();
        assertThat(state.complete()).isEqualTo(10);
        assertThat(settledEvents()).isEqualTo(10);
    }

    @Test
    void given_positions_named_absent_and_one_never_copied_then_only_that_one_is_missing_and_nothing_past_it_settles() {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(events(1, 3));
        records.addAll(events(7, 10));
        copy(records, watermarks(10, "4-5"));

        ReplicaCompleteness.State state = completeness.check(false);

        assertThat(state.missing()).containsExactly(new PositionRange(6, 6));
        assertThat(state.missingCount()).isEqualTo(1);
        assertThat(state.complete()).isEqualTo(5);
        assertThat(settledEvents()).as("the projections read no further than the hole").isEqualTo(3);

        writer.copy(List.<Object[]>of(row(6)), List.of());
        ReplicaCompleteness.State filled = completeness.check(false);

        assertThat(filled.missing()).isEmpty();
        assertThat(filled.complete()).isEqualTo(10);
        assertThat(settledEvents()).isEqualTo(8);
    }

    @Test
    void given_a_topic_whose_first_records_are_gone_then_the_positions_before_its_first_are_missing() {
        copy(events(41, 50), watermarks(50, "45"));

        ReplicaCompleteness.State state = completeness.check(true);

        assertThat(state.missing()).containsExactly(new PositionRange(1, 40));
        assertThat(state.complete()).isZero();
        assertThat(settledEvents()).isZero();
    }

    @Test
    void given_a_whole_copy_when_rows_are_removed_then_a_whole_check_finds_them_and_the_settled_position_holds() {
        copy(events(1, 20), watermarks(20, ""));
        completeness.check(true);
        jdbc.update("delete from replicatedevent where globalIndex between 5 and 7 or globalIndex = 12");

        assertThat(completeness.check(false).missing()).as("not looked at below the complete position").isEmpty();
        ReplicaCompleteness.State whole = completeness.check(true);

        assertThat(whole.missing()).containsExactly(new PositionRange(5, 7), new PositionRange(12, 12));
        assertThat(whole.complete()).isEqualTo(20);
        writer.copy(List.<Object[]>of(row(5), row(6), row(7), row(12)), List.of());
        assertThat(completeness.check(false).missing()).as("found missing, checked again until copied").isEmpty();
    }

    @Test
    void given_absent_ranges_named_twice_and_overlapping_then_each_position_counts_once() {
        copy(events(1, 4), watermarks(4, ""));
        copy(events(10, 12), watermarks(12, "5-7"));
        copy(List.of(), watermarks(12, "5-9"));

        assertThat(completeness.check(true).missing()).isEmpty();
        assertThat(completeness.missingIn(1, 12)).isEmpty();
    }

    private void copy(List<ConsumerRecord<byte[], byte[]>> events, List<ConsumerRecord<byte[], byte[]>> marks) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(events);
        records.addAll(marks);
        writer.write(records);
    }

    private long settledEvents() {
        return jdbc.queryForObject("select count(*) from settledevent", Long.class);
    }

    private static List<ConsumerRecord<byte[], byte[]>> events(long first, long last) {
        return LongStream.rangeClosed(first, last).mapToObj(ReplicaCompletenessTest::event).toList();
    }

    private static ConsumerRecord<byte[], byte[]> event(long position) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, KafkaContract.POSITION, Long.toString(position));
        add(headers, KafkaContract.EVENT_ID, "event-" + position);
        add(headers, KafkaContract.AGGREGATE, "application:organ/" + position);
        add(headers, KafkaContract.AGGREGATE_TYPE, "Application");
        add(headers, KafkaContract.SEQUENCE, "0");
        add(headers, KafkaContract.PAYLOAD_TYPE, "Received");
        add(headers, KafkaContract.TIMESTAMP, "2025-03-01T00:00:00Z");
        return record((int) (position % 2), headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static Object[] row(long position) {
        ConsumerRecord<byte[], byte[]> record = event(position);
        return ReplicaWriter.row(key -> record.headers().lastHeader(key) == null ? null
                : new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8), null, record.value());
    }

    private static List<ConsumerRecord<byte[], byte[]>> watermarks(long position, String absent) {
        List<ConsumerRecord<byte[], byte[]>> marks = new ArrayList<>();
        for (int partition = 0; partition < 2; partition++) {
            RecordHeaders headers = new RecordHeaders();
            add(headers, KafkaContract.WATERMARK, Long.toString(position));
            if (!absent.isEmpty()) {
                add(headers, KafkaContract.ABSENT, absent);
            }
            marks.add(record(partition, headers, null));
        }
        return marks;
    }

    private static ConsumerRecord<byte[], byte[]> record(int partition, RecordHeaders headers, byte[] value) {
        return new ConsumerRecord<>(KafkaContract.EVENTS_TOPIC, partition, 0, 0, TimestampType.CREATE_TIME, 0,
                value == null ? 0 : value.length, null, value, headers, Optional.empty());
    }

    private static void add(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
