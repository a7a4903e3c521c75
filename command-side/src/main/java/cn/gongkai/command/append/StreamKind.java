package cn.gongkai.command.append;

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

    interface Evolve<S> {
        S apply(S state, Object event);
    }

    interface Decide<S> {
        List<?> apply(Object command, S state, LocalDate today);
    }
}
