package cn.gongkai.query.audit;

import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.audit.EventDigest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class DigestCacheTest {

    /** Each organ has one event at each position from 1 to 100; the log counts how many events it was asked for. */
    static final class CountingLog implements OrganEvents {
        long read;

        @Override
        public void forEachAfter(Collection<String> organs, long afterPosition, long upToPosition,
                                 Consumer<AuditedEvent> consumer) {
            for (long position = Math.max(afterPosition + 1, 1); position <= upToPosition; position++) {
                for (String organ : organs) {
                    read++;
                    consumer.accept(event(organ, position));
                }
            }
        }
    }

    static AuditedEvent event(String organ, long position) {
        return new AuditedEvent(position, organ + "-" + position, "gongkai.test", Instant.EPOCH.plusSeconds(position),
                "/test", organ + "-" + position, Map.of("organ", organ));
    }

    final CountingLog log = new CountingLog();
    final DigestCache cache = new DigestCache(log, 10);

    @Test
    void given_a_digest_asked_for_when_more_events_arrive_then_only_the_new_ones_are_read() {
        // given
        cache.digest(List.of("a"), 50);
        long readBefore = log.read;

        // when
        String digest = cache.digest(List.of("a"), 60);

        // then
        assertThat(log.read - readBefore).isEqualTo(10);
        assertThat(digest).isEqualTo(expected("a", 60));
    }

    @Test
    void given_more_sets_of_organs_than_its_capacity_when_each_is_asked_for_then_at_most_the_capacity_is_kept() {
        // when
        for (int organ = 0; organ < 25; organ++) {
            cache.digest(List.of("organ-" + organ), 20);
        }

        // then
        assertThat(cache.kept()).isLessThanOrEqualTo(10);
    }

    @Test
    void given_a_digest_dropped_for_room_when_it_is_asked_for_again_then_it_is_computed_again_the_same() {
        // given
        String first = cache.digest(List.of("kept-long"), 30);
        for (int organ = 0; organ < 25; organ++) {
            cache.digest(List.of("organ-" + organ), 20);
        }
        long readBefore = log.read;

        // when
        String again = cache.digest(List.of("kept-long"), 30);

        // then
        assertThat(log.read - readBefore).as("read again from the first event").isEqualTo(30);
        assertThat(again).isEqualTo(first).isEqualTo(expected("kept-long", 30));
    }

    @Test
    void given_the_recently_asked_for_when_room_is_made_then_they_stay() {
        // given
        for (int organ = 0; organ < 10; organ++) {
            cache.digest(List.of("organ-" + organ), 20);
        }
        cache.digest(List.of("organ-0"), 20);
        long readBefore = log.read;

        // when
        cache.digest(List.of("newcomer"), 20);
        cache.digest(List.of("organ-0"), 20);

        // then
        assertThat(log.read - readBefore).as("only the newcomer's events read").isEqualTo(20);
    }

    private static String expected(String organ, long upTo) {
        List<AuditedEvent> events = new ArrayList<>();
        for (long position = 1; position <= upTo; position++) {
            events.add(event(organ, position));
        }
        return EventDigest.of(events);
    }
}
