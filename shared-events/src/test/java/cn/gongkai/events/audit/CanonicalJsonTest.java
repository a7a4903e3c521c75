package cn.gongkai.events.audit;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.organ.OrganId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    private final ProcessingFeeCharged fee = new ProcessingFeeCharged(new OrganId("county-office"),
            new ApplicationId("A-1"), LocalDate.of(2025, 3, 1), new BigDecimal("120.500"));

    @Test
    void given_an_event_record_when_rendered_then_keys_are_sorted_and_values_canonical() {
        String json = CanonicalJson.of(fee);

        assertThat(json).isEqualTo("{\"amount\":120.5,\"applicationId\":\"A-1\",\"on\":\"2025-03-01\","
                + "\"organ\":\"county-office\"}");
    }

    @Test
    void given_quotes_and_control_characters_when_rendered_then_only_those_are_escaped() {
        String json = CanonicalJson.of(java.util.Map.of("b", "say \"hi\"\n\\", "a", "中文"));

        assertThat(json).isEqualTo("{\"a\":\"中文\",\"b\":\"say \\\"hi\\\"\\u000a\\\\\"}");
    }

    @Test
    void given_data_rendered_ahead_when_the_line_is_completed_then_it_reads_as_the_line_rendered_at_once() {
        Instant recorded = Instant.parse("2025-03-01T08:00:00.123Z");
        AuditedEvent whole = new AuditedEvent(42, "e-1", "gongkai.fee.charged", recorded, "/dept", "ce-1", fee);
        AuditedEvent ahead = new AuditedEvent(42, "e-1", "gongkai.fee.charged", recorded, "/dept", "ce-1",
                CanonicalJson.rendered(fee));

        assertThat(ahead.canonical()).isEqualTo(whole.canonical());
    }

    @Test
    void given_no_source_when_the_line_is_rendered_then_the_absent_fields_are_left_out() {
        AuditedEvent line = new AuditedEvent(7, "e-2", "t", Instant.parse("2025-01-01T00:00:00Z"), null, null,
                CanonicalJson.rendered(fee));

        assertThat(line.canonical()).startsWith("{\"data\":{").contains(",\"id\":\"e-2\",\"position\":7,")
                .endsWith("\"recordedAt\":\"2025-01-01T00:00:00Z\",\"type\":\"t\"}").doesNotContain("source");
    }
}
