package cn.gongkai.command.audit;

import cn.gongkai.events.EventTypes;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.organ.OrganId;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain's links of an append are hashed under the append lock from a canonical line rendered before it, split
 * around the position: each must equal the link of the whole line rendered at the position.
 */
class AppendingLinkTest {

    private static final String[] TEXTS = {"", "a", "县政府办公室", "\"quoted\"", "back\\slash", "tab\there",
            "\"position\":-9223372036854775808", "}{,:", "emoji \uD83D\uDE00"};

    @Test
    void given_random_events_and_positions_when_linked_from_the_split_line_then_each_link_equals_the_whole_lines() {
        Random random = new Random(7);
        MessageDigest reused = ChainLink.sha256();
        String previous = ChainLink.BEFORE_FIRST;
        for (int i = 0; i < 2_000; i++) {
            Object data = random.nextBoolean() ? receipt(random) : Map.of("position", Long.MIN_VALUE,
                    "note", text(random), "nested", Map.of("position", text(random)));
            AuditedEvent unplaced = new AuditedEvent(Long.MIN_VALUE, "event-" + text(random), "gongkai." + i,
                    Instant.ofEpochMilli(random.nextLong(0, 4_102_444_800_000L)),
                    random.nextInt(4) == 0 ? null : "/dept/" + text(random),
                    random.nextInt(4) == 0 ? null : text(random), data);
            long position = random.nextInt(3) == 0 ? random.nextInt(10) : random.nextLong(0, Long.MAX_VALUE);

            String split = StoredEvent.Appending.around(unplaced).linkAfter(previous, position, reused);

            AuditedEvent placed = new AuditedEvent(position, unplaced.eventId(), unplaced.type(),
                    unplaced.recordedAt(), unplaced.source(), unplaced.sourceId(), unplaced.data());
            assertThat(split).as("event %d at %d", i, position).isEqualTo(ChainLink.next(previous, placed));
            previous = split;
        }
    }

    @Test
    void given_messages_stamped_to_the_nanosecond_when_rendered_for_appending_then_the_moment_is_the_one_the_row_reads_back() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant stamped = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            EventMessage<?> message = new GenericEventMessage<>(new GenericMessage<>(receipt(random)), () -> stamped);

            String link = StoredEvent.appending(message).linkAfter(ChainLink.BEFORE_FIRST, i, ChainLink.sha256());

            Instant readBack = DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(stamped));
            AuditedEvent stored = new AuditedEvent(i, message.getIdentifier(),
                    EventTypes.typeOf(ApplicationReceived.class), readBack, null, null, message.getPayload());
            assertThat(link).as("stamped %s", stamped).isEqualTo(ChainLink.next(ChainLink.BEFORE_FIRST, stored));
        }
    }

    private static ApplicationReceived receipt(Random random) {
        return new ApplicationReceived(new OrganId("organ-" + random.nextInt(100)),
                new ApplicationId("A-" + random.nextInt(1_000_000)), ApplicantType.NATURAL_PERSON,
                LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)), null, random.nextBoolean() ? null
                : text(random));
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
