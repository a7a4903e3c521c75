package cn.gongkai.command.append;

import cn.gongkai.command.rules.Decider;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of stream as the batch path judges it, with the same pure functions as its Axon aggregate: the
 * aggregate type stored with its events, the state before the first event, how an event evolves the state, and how
 * a command is decided against it.
 *
 * @param <S> the state the stream's decider reads
 */
record StreamKind<S>(String aggregateType, S initial, Evolve<S> evolve, Decide<S> decide) {

    /** The kind of stream a decider judges, stored under its aggregate's type. */
    @SuppressWarnings("unchecked")
    static <C, S, E> StreamKind<S> of(Class<?> aggregate, Decider<C, S, E> decider) {
        return new StreamKind<>(aggregate.getSimpleName(), decider.initialState(),
                (state, event) -> decider.evolve(state, (E) event),
                (command, state, today) -> decider.decide((C) command, state, today));
    }

    interface Evolve<S> {
        S apply(S state, Object event);
    }

    interface Decide<S> {
        List<?> apply(Object command, S state, LocalDate today);
    }
}
