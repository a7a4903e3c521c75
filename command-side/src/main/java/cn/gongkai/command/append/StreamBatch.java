package cn.gongkai.command.append;

import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.organ.OrganRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The streams of one batch inside its transaction: each one's state as the store holds it plus what the batch has
 * decided so far, so that two commands on one application within a batch see each other. Commands are judged one
 * by one with the pure deciders; their events are staged here and appended together by {@link EventAppender}.
 */
public final class StreamBatch {

    private final Map<String, Stream<?, ?, ?>> streams;
    private final Function<String, List<DomainEventMessage<?>>> unlockedReads;
    private final LocalDate today;
    private final List<DomainEventMessage<?>> staged = new ArrayList<>();

    StreamBatch(Map<String, Stream<?, ?, ?>> streams, Function<String, List<DomainEventMessage<?>>> unlockedReads,
                LocalDate today) {
        this.streams = streams;
        this.unlockedReads = unlockedReads;
        this.today = today;
    }

    /**
     * Judges the command against its stream and stages the events it makes true, answering how many (none when
     * they already hold).
     *
     * @throws cn.gongkai.command.rules.RuleViolation when the command contradicts the stream; nothing is staged
     */
    public int decide(EventOrigin origin, TargetsAggregate command) {
        Stream<?, ?, ?> stream = streams.get(command.aggregateId());
        if (stream == null) {
            throw new IllegalStateException(command.aggregateId() + " was not opened with this batch");
        }
        List<?> events = stream.decide(command, today);
        for (Object event : events) {
            staged.add(new GenericDomainEventMessage<>(stream.kind.aggregateType(), command.aggregateId(),
                    stream.nextSequence, event, MetaData.from(origin.metaData())));
            stream.apply(event);
        }
        return events.size();
    }

    /** Whether the organ is registered in the store or earlier in this batch. */
    public boolean isRegistered(OrganId organ) {
        return registration(organ).isPresent();
    }

    /** Whether {@code organ} is {@code ancestor} or lies under it, following registered parents upwards. */
    public boolean isWithin(OrganId organ, OrganId ancestor) {
        Set<OrganId> seen = new HashSet<>();
        for (OrganId current = organ; current != null && seen.add(current);
             current = registration(current).map(OrganRegistered::parent).orElse(null)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    List<DomainEventMessage<?>> staged() {
        return staged;
    }

    /** An organ's registration; an organ the batch did not open (a far ancestor) is read without a lock. */
    private Optional<OrganRegistered> registration(OrganId organ) {
        String id = StreamIds.organ(organ);
        Stream<?, ?, ?> stream = streams.computeIfAbsent(id,
                key -> Stream.of(StreamKinds.ORGAN, unlockedReads.apply(key)));
        return Optional.ofNullable((OrganRegistered) stream.state);
    }

    /** One stream's state and next sequence number. */
    static final class Stream<C, S, E> {

        private final StreamKind<C, S, E> kind;
        private S state;
        private long nextSequence;

        private Stream(StreamKind<C, S, E> kind) {
            this.kind = kind;
            this.state = kind.decider().initialState();
        }

        static <C, S, E> Stream<C, S, E> of(StreamKind<C, S, E> kind, List<DomainEventMessage<?>> stored) {
            Stream<C, S, E> stream = new Stream<>(kind);
            for (DomainEventMessage<?> event : stored) {
                stream.apply(event.getPayload());
                stream.nextSequence = event.getSequenceNumber() + 1;
            }
            return stream;
        }

        List<E> decide(Object command, LocalDate today) {
            return kind.decider().decide(kind.commands().cast(command), state, today);
        }

        void apply(Object event) {
            state = kind.decider().evolve(state, kind.events().cast(event));
            nextSequence++;
        }
    }
}
