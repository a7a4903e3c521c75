package cn.gongkai.command.rules;

import cn.gongkai.events.BusinessTime;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Clock;
import java.util.List;

/**
 * The Axon shell every aggregate shares: the state folded by its {@link Decider}'s {@code evolve}, a command judged
 * by its {@code decide} and the events applied. A subclass names its decider and routes each of its command types
 * here (Axon registers a handler per payload class). Every command may arrive first (a department's systems do not
 * coordinate), so each handler creates the aggregate if missing and the decider refuses what needs an earlier fact.
 * The stream's identifier comes from the command, and from the stream on replay, since some events do not carry it.
 */
public abstract class DeciderAggregate<C, S, E> {

    @AggregateIdentifier
    private String id;
    private S state;

    protected abstract Decider<C, S, E> decider();

    /** Decides the command on stream {@code streamId}; answers how many events it applied (none when they held). */
    protected int decide(String streamId, C command, Clock clock) {
        List<E> events = decider().decide(command, state(), BusinessTime.today(clock));
        if (!events.isEmpty()) {
            id = streamId;
        }
        events.forEach(AggregateLifecycle::apply);
        return events.size();
    }

    @EventSourcingHandler
    @SuppressWarnings("unchecked")
    void on(Object event, @SourceId String streamId) {
        id = streamId;
        state = decider().evolve(state(), (E) event);
    }

    private S state() {
        return state == null ? decider().initialState() : state;
    }
}
