package cn.gongkai.events;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's origin is kept in its metadata under the keys stored events have. */
class EventOriginTest {

    @Test
    void the_origin_is_kept_under_the_stored_keys() {
        // given a CloudEvent's origin with a trace context
        EventOrigin origin = new EventOrigin("urn:dept:julu", "julu-2025-1", "gongkai.application.received",
                Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        // then
        assertThat(origin.metaData()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ceSource", "urn:dept:julu",
                "ceId", "julu-2025-1",
                "ceType", "gongkai.application.received",
                "ceExtension.traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    }

    @Test
    void the_source_and_id_are_read_back_from_the_metadata() {
        // given
        Map<String, String> metaData = new EventOrigin("urn:dept:julu", "julu-2025-1", "gongkai.organ.registered")
                .metaData();

        // then
        assertThat(EventOrigin.sourceIn(metaData)).isEqualTo("urn:dept:julu");
        assertThat(EventOrigin.idIn(metaData)).isEqualTo("julu-2025-1");
        assertThat(EventOrigin.sourceIn(Map.of())).isNull();
    }

    @Test
    void an_extension_key_names_its_attribute_and_no_other_key_does() {
        assertThat(EventOrigin.extensionNamed("ceExtension.traceparent")).contains("traceparent");
        assertThat(EventOrigin.extensionNamed(EventOrigin.SOURCE)).isEmpty();
    }
}
