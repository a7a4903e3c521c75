package cn.gongkai.command.append;

import cn.gongkai.command.rules.Decider;

/**
 * One kind of stream as the batch path judges it: the aggregate type stored with its events, the commands and events
 * of the stream, and the decider its Axon aggregate runs too.
 */
record StreamKind<C, S, E>(String aggregateType, Class<C> commands, Class<E> events, Decider<C, S, E> decider) {

    static <C, S, E> StreamKind<C, S, E> of(Class<?> aggregate, Class<C> commands, Class<E> events,
                                            Decider<C, S, E> decider) {
        return new StreamKind<>(aggregate.getSimpleName(), commands, events, decider);
    }

    boolean decides(Object command) {
        return commands.isInstance(command);
    }
}
