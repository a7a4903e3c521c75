package cn.gongkai.events.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventDigestTest {

    private final List<AuditedEvent> events = new ArrayList<>();

    EventDigestTest() {
        for (int i = 0; i < 50; i++) {
            events.add(new AuditedEvent(i, "e-" + i, "t", Instant.ofEpochSecond(1_750_000_000L + i), "/s", "c-" + i,
                    Map.of("n", i, "text", "第" + i + "件")));
        }
    }

    @Test
    void given_the_same_events_when_digested_one_off_resumably_or_resumed_midway_then_the_digests_agree() {
        EventDigest resumable = EventDigest.start();
        events.subList(0, 17).forEach(resumable::add);
        EventDigest resumed = EventDigest.resume(resumable.state());
        events.subList(17, events.size()).forEach(resumed::add);
        EventDigest oneOff = EventDigest.oneOff();
        events.forEach(oneOff::add);

        assertThat(resumed.hex()).isEqualTo(oneOff.hex()).isEqualTo(EventDigest.of(events)).hasSize(64);
        assertThat(oneOff.hex()).as("reading the digest does not end it").isEqualTo(EventDigest.of(events));
    }

    @Test
    void given_a_one_off_digest_when_its_state_is_asked_then_it_is_refused() {
        assertThatThrownBy(() -> EventDigest.oneOff().state()).isInstanceOf(IllegalStateException.class);
    }
}
