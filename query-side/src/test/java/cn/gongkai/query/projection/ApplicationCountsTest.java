package cn.gongkai.query.projection;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.query.projection.fold.FactChange;
import cn.gongkai.query.projection.fold.StatisticsFold;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts kept beside {@code application_fact} on PostgreSQL: whatever the batches, redeliveries and late events,
 * they equal a recount of the rows.
 */
class ApplicationCountsTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("application_counts");
    static final String RECOUNT = "select organ, applicant_type, "
            + "cast(extract(year from received_on) as integer) as received_year, "
            + "coalesce(cast(extract(year from decided_on) as integer), 0) as decided_year, "
            + "coalesce(outcome, '') as outcome, count(*) as applications "
            + "from application_fact group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5";
    static final String COUNTS = "select organ, applicant_type, received_year, decided_year, outcome, applications "
            + "from application_count order by 1, 2, 3, 4, 5";

    final JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(DATABASE.url(), DATABASE.user(),
            DATABASE.password(), true));
    final FactTable facts = new FactTable(jdbc);
    final StatisticsFold fold = new StatisticsFold(new ObjectMapper());

    @BeforeEach
    void tables() {
        jdbc.execute("drop table if exists application_fact, application_count");
        jdbc.execute("create table application_fact (organ varchar(64) not null, application_id varchar(128) not null, "
                + "applicant_type varchar(40) not null, received_on date not null, decided_on date, "
                + "outcome varchar(60), last_position bigint not null, primary key (organ, application_id))");
        jdbc.execute("create table application_count (organ varchar(64) not null, applicant_type varchar(40) not null, "
                + "received_year integer not null, decided_year integer not null, outcome varchar(60) not null, "
                + "applications bigint not null, "
                + "primary key (organ, applicant_type, received_year, decided_year, outcome))");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8})
    void the_counts_equal_a_recount_whatever_the_batches_and_redeliveries(long seed) {
        // given a random history of receipts, corrections and decisions across two organs and three years
        Random random = new Random(seed);
        List<Event> history = history(random);

        // when it is delivered in batches of random sizes, each in stream order, a third of them starting again
        // from an earlier event (as after a rollback or a restart)
        int at = 0;
        while (at < history.size()) {
            int from = random.nextInt(3) == 0 ? Math.max(0, at - random.nextInt(30)) : at;
            int to = Math.min(history.size(), at + 1 + random.nextInt(40));
            List<Event> batch = history.subList(from, to);
            DefaultUnitOfWork.startAndGet(null).execute(() -> batch.forEach(this::apply));
            at = to;
        }

        // then the counts are a recount of the rows, with no empty groups left
        assertThat(jdbc.queryForList(COUNTS)).isNotEmpty().isEqualTo(jdbc.queryForList(RECOUNT));
        assertThat(jdbc.queryForObject("select count(*) from application_count where applications <= 0",
                Integer.class)).isZero();
    }

    private record Event(long position, Object data) {
    }

    private void apply(Event event) {
        for (FactChange change : fold.changes(event.data(), "e-" + event.position(), event.position())) {
            if (change.table().equals("application_fact")) {
                facts.apply(change);
            }
        }
    }

    private static List<Event> history(Random random) {
        List<Event> history = new ArrayList<>();
        List<Object[]> received = new ArrayList<>();
        long position = 0;
        for (int i = 0; i < 300; i++) {
            int kind = received.isEmpty() ? 0 : random.nextInt(3);
            if (kind == 0) {
                OrganId organ = OrganId.of(random.nextBoolean() ? "organ-a" : "organ-b");
                ApplicationId id = ApplicationId.of("A-" + i);
                LocalDate on = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
                received.add(new Object[]{organ, id, on});
                history.add(new Event(++position, new ApplicationReceived(organ, id, type(random), on,
                        Channel.ONLINE, null)));
            } else {
                Object[] application = received.get(random.nextInt(received.size()));
                LocalDate on = ((LocalDate) application[2]).plusDays(random.nextInt(200));
                history.add(new Event(++position, kind == 1
                        ? new ApplicantTypeCorrected((OrganId) application[0], (ApplicationId) application[1],
                        type(random), on)
                        : new ApplicationDecided((OrganId) application[0], (ApplicationId) application[1], on,
                        Outcome.values()[random.nextInt(Outcome.values().length)])));
            }
        }
        return history;
    }

    private static ApplicantType type(Random random) {
        return ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
    }
}
