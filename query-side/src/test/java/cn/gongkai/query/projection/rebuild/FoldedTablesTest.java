package cn.gongkai.query.projection.rebuild;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.query.projection.fold.FactCounts;
import cn.gongkai.query.projection.fold.StatisticsFold;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics fold applied in memory, as a bulk rebuild applies it, follows the live tables' rules. */
class FoldedTablesTest {

    static final OrganId ORGAN = OrganId.of("organ-a");
    static final ApplicationId APPLICATION = ApplicationId.of("A-1");
    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    final StatisticsFold fold = new StatisticsFold(new ObjectMapper());
    final FoldedTables tables = new FoldedTables(columns());

    @Test
    void a_received_and_decided_application_is_one_row_of_each_table() {
        // given / when
        apply(1, received(), "e1");
        apply(2, new ApplicationDecided(ORGAN, APPLICATION, DAY.plusDays(9), Outcome.DISCLOSED), "e2");

        // then
        assertThat(row("application_fact")).containsExactly("organ-a", "A-1", "NATURAL_PERSON",
                Date.valueOf(DAY), Date.valueOf(DAY.plusDays(9)), "DISCLOSED", 2L);
        assertThat(row("application_clock")).containsExactly("organ-a", "A-1", "NATURAL_PERSON", Date.valueOf(DAY),
                0, "", Date.valueOf(DAY.plusDays(9)), 2L);
        assertThat(tables.events()).isEqualTo(2);
        assertThat(tables.position()).isEqualTo(2);
    }

    @Test
    void consultations_are_appended_to_what_the_row_holds() {
        // given
        apply(1, received(), "e1");

        // when
        apply(2, new ConsultationStarted(ORGAN, APPLICATION, DAY.plusDays(1)), "e2");
        apply(3, new ConsultationEnded(ORGAN, APPLICATION, DAY.plusDays(4)), "e3");
        apply(4, new ConsultationStarted(ORGAN, APPLICATION, DAY.plusDays(6)), "e4");

        // then
        assertThat(row("application_clock")[5]).isEqualTo("2025-03-04/2025-03-07;2025-03-09/");
    }

    @Test
    void an_event_seen_again_or_an_update_before_its_row_changes_nothing() {
        // given an update with no row to change
        apply(1, new ApplicantTypeCorrected(ORGAN, APPLICATION, ApplicantType.OTHER_ORGANIZATION, DAY), "e1");
        // and a receipt, corrected later
        apply(2, received(), "e2");
        apply(3, new ApplicantTypeCorrected(ORGAN, APPLICATION, ApplicantType.COMMERCIAL_ENTERPRISE, DAY), "e3");

        // when the receipt is seen again
        apply(2, received(), "e2");

        // then
        assertThat(row("application_fact")[2]).isEqualTo("COMMERCIAL_ENTERPRISE");
        assertThat(row("application_fact")[6]).isEqualTo(3L);
    }

    @Test
    void a_fact_recorded_once_keeps_its_first_values() {
        // when
        apply(1, new FeeCollected(ORGAN, DAY, new BigDecimal("12.50")), "fee-1");
        apply(1, new FeeCollected(ORGAN, DAY, new BigDecimal("12.50")), "fee-1");

        // then
        assertThat(tables.rows("money_fact")).hasSize(1);
        assertThat(tables.rows("money_fact").iterator().next()).containsExactly("organ-a", "fee-1", "FEE_COLLECTED",
                null, Date.valueOf(DAY), new BigDecimal("12.50"));
    }

    @Test
    void a_drained_stream_hands_over_its_final_rows_and_keeps_only_its_count_and_position() {
        // given one application's stream folded
        apply(7, received(), "e7");
        apply(9, new ApplicationDecided(ORGAN, APPLICATION, DAY.plusDays(2), Outcome.DISCLOSED), "e9");
        List<String> handed = new ArrayList<>();

        // when it ends
        tables.drain((table, row) -> handed.add(table + ":" + row[1] + ":" + row[row.length - 1]));

        // then each of its rows went out once, as last changed, and nothing is held
        assertThat(handed).containsExactlyInAnyOrder("application_fact:A-1:9", "application_clock:A-1:9");
        assertThat(tables.rows("application_fact")).isEmpty();
        assertThat(tables.rows("application_clock")).isEmpty();
        assertThat(tables.events()).isEqualTo(2);
        assertThat(tables.position()).isEqualTo(9);
    }

    @Test
    void the_counts_tally_each_fact_row_in_its_group() {
        // given two applications of one group and one decided
        apply(1, received(), "e1");
        apply(2, new ApplicationReceived(ORGAN, ApplicationId.of("A-2"), ApplicantType.NATURAL_PERSON, DAY,
                Channel.ONLINE, null), "e2");
        apply(3, new ApplicationDecided(ORGAN, ApplicationId.of("A-2"), DAY.plusDays(1), Outcome.DISCLOSED), "e3");
        CountTally tally = new CountTally(FactCounts.APPLICATIONS, columns().get("application_fact"));

        // when the rows are drained through the tally
        tables.drain(tally::add);

        // then
        assertThat(tally.rows(List.of("organ", "applicant_type", "received_year", "decided_year", "outcome",
                "applications"))).extracting(Arrays::asList).containsExactlyInAnyOrder(
                List.of("organ-a", "NATURAL_PERSON", 2025, 0, "", 1L),
                List.of("organ-a", "NATURAL_PERSON", 2025, 2025, "DISCLOSED", 1L));
    }

    private ApplicationReceived received() {
        return new ApplicationReceived(ORGAN, APPLICATION, ApplicantType.NATURAL_PERSON, DAY, Channel.ONLINE, null);
    }

    private void apply(long position, Object event, String eventId) {
        tables.apply(position, fold.changes(event, eventId, position));
    }

    private Object[] row(String table) {
        assertThat(tables.rows(table)).hasSize(1);
        Object[] row = tables.rows(table).iterator().next();
        return Arrays.copyOf(row, row.length);
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("application_fact", List.of("organ", "application_id", "applicant_type", "received_on",
                "decided_on", "outcome", "last_position"));
        columns.put("application_clock", List.of("organ", "application_id", "applicant_type", "received_on",
                "extension_days", "consultations", "decided_on", "last_position"));
        columns.put("money_fact", List.of("organ", "event_id", "purpose", "application_id", "on_date",
                "amount_yuan"));
        return columns;
    }
}
