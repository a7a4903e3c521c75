package cn.gongkai.query.projection;

import cn.gongkai.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fact rows on PostgreSQL: an event delivered twice, or late, leaves the row as the newest event set it. */
class FactTableTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("fact_table");
    static JdbcTemplate jdbc;
    static FactTable facts;

    @BeforeAll
    static void table() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));
        jdbc.execute("create table fact (id varchar(10) primary key, val varchar(10), last_position bigint not null)");
        jdbc.execute("create table once (id varchar(10) primary key, val varchar(10))");
        jdbc.execute("create table batched (id varchar(10) primary key, val varchar(10), other varchar(10), "
                + "last_position bigint not null)");
        jdbc.execute("create table typed (id varchar(10), part integer, on_day date, amount numeric(12, 2), "
                + "flag boolean, note text, last_position bigint not null, primary key (id, part))");
        facts = new FactTable(jdbc);
    }

    @Test
    void an_event_delivered_again_sets_the_same_value() {
        facts.upsert("fact", Map.of("id", "a"), Map.of("val", "one"), 5);
        facts.upsert("fact", Map.of("id", "a"), Map.of("val", "one"), 5);

        assertThat(jdbc.queryForObject("select count(*) from fact where id = 'a'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select val from fact where id = 'a'", String.class)).isEqualTo("one");
    }

    @Test
    void an_older_event_delivered_late_does_not_overwrite_a_newer_one() {
        facts.upsert("fact", Map.of("id", "b"), Map.of("val", "newer"), 9);
        facts.upsert("fact", Map.of("id", "b"), Map.of("val", "older"), 7);
        facts.update("fact", Map.of("id", "b"), Map.of("val", "oldest"), 3);

        assertThat(jdbc.queryForObject("select val from fact where id = 'b'", String.class)).isEqualTo("newer");
        assertThat(jdbc.queryForObject("select last_position from fact where id = 'b'", Long.class)).isEqualTo(9);
    }

    @Test
    void a_standalone_fact_is_recorded_once() {
        facts.insertIfAbsent("once", Map.of("id", "c"), Map.of("val", "x"));
        facts.insertIfAbsent("once", Map.of("id", "c"), Map.of("val", "x"));

        assertThat(jdbc.queryForObject("select count(*) from once where id = 'c'", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_batch_folds_each_row_and_writes_it_as_it_commits() {
        // given a row a later batch will find newer than its own event
        facts.upsert("batched", Map.of("id", "newer"), Map.of("val", "kept"), 50);

        // when one batch creates a row, changes it twice, records a fact, and replays an older event
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            facts.upsert("batched", Map.of("id", "d"), Map.of("val", "one", "other", "x"), 10);
            facts.update("batched", Map.of("id", "d"), Map.of("val", "two"), 11);
            facts.update("batched", Map.of("id", "d"), Map.of("other", "y"), 12);
            facts.insertIfAbsent("once", Map.of("id", "e"), Map.of("val", "fact"));
            facts.update("batched", Map.of("id", "newer"), Map.of("val", "stale"), 20);
            assertThat(facts.pending("batched", Map.of("id", "d"), "val")).contains("two");
            assertThat(jdbc.queryForObject("select count(*) from batched where id = 'd'", Integer.class)).isZero();
        });

        // then each row holds the latest values of the batch, and nothing older overwrote a newer row
        assertThat(jdbc.queryForMap("select val, other, last_position from batched where id = 'd'"))
                .containsEntry("val", "two").containsEntry("other", "y").containsEntry("last_position", 12L);
        assertThat(jdbc.queryForObject("select val from once where id = 'e'", String.class)).isEqualTo("fact");
        assertThat(jdbc.queryForObject("select val from batched where id = 'newer'", String.class)).isEqualTo("kept");
    }

    @Test
    void many_rows_of_one_shape_go_in_together_with_their_types_nulls_and_guards() {
        // given rows a later batch will update, one of them already newer than that batch's event
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            for (int i = 0; i < 3; i++) {
                facts.upsert("typed", Map.of("id", "t" + i, "part", i), typed(i), 100 + i);
            }
        });
        facts.update("typed", Map.of("id", "t2", "part", 2), Map.of("note", "newest"), 500);

        // when one batch inserts rows with every type and a null, and updates the three
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            for (int i = 3; i < 6; i++) {
                facts.upsert("typed", Map.of("id", "t" + i, "part", i), typed(i), 200 + i);
            }
            for (int i = 0; i < 3; i++) {
                facts.update("typed", Map.of("id", "t" + i, "part", i), Map.of("note", "tab\there;\\ \"q\""), 300);
            }
        });

        // then every value is as sent, and the newer row kept its own
        assertThat(jdbc.queryForMap("select on_day, amount, flag, note, last_position from typed where id = 't4'"))
                .containsEntry("on_day", Date.valueOf("2025-01-05")).containsEntry("amount", new BigDecimal("12.50"))
                .containsEntry("flag", false).containsEntry("note", null).containsEntry("last_position", 204L);
        assertThat(jdbc.queryForList("select note from typed where id in ('t0', 't1') order by id", String.class))
                .containsOnly("tab\there;\\ \"q\"");
        assertThat(jdbc.queryForObject("select note from typed where id = 't2'", String.class)).isEqualTo("newest");
        assertThat(jdbc.queryForObject("select count(*) from typed", Integer.class)).isEqualTo(6);
    }

    private static Map<String, Object> typed(int i) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("on_day", Date.valueOf(LocalDate.of(2025, 1, 1 + i)));
        values.put("amount", new BigDecimal("12.50"));
        values.put("flag", i % 2 == 1);
        values.put("note", null);
        return values;
    }
}
