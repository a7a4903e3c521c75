package cn.gongkai.command.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of stream's decisions as pure functions, the one shape every stream has: {@code decide} judges a command
 * against the state and yields the events it makes true (none when they already hold) or throws a
 * {@link RuleViolation}; {@code evolve} folds one event into the state. The Axon aggregates
 * ({@link DeciderAggregate}) and the batch write path both call them.
 *
 * @param <C> the stream's commands
 * @param <S> what the decider must know of the stream's past
 * @param <E> the stream's events
 */
public interface Decider<C, S, E> {

    /** The state of a stream with no events. */
    S initialState();

    /** The events the command makes true; {@code today} is the business date (Asia/Shanghai) it is judged on. */
    List<E> decide(C command, S state, LocalDate today);

    S evolve(S state, E event);
}
