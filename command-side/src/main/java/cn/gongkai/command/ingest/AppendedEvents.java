package cn.gongkai.command.ingest;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Notes the identifiers of the events a tracked unit of work appends, so that ingestion can answer the stream
 * position of the last one. Registered on the event store: it sees every event as it is appended.
 */
public class AppendedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String KEY = AppendedEvents.class.getName();

    /** Starts noting the events appended by this (root) unit of work; the list fills as they are appended. */
    public static List<String> track(UnitOfWork<?> unitOfWork) {
        List<String> identifiers = new ArrayList<>();
        unitOfWork.resources().put(KEY, identifiers);
        return identifiers;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (CurrentUnitOfWork.isStarted()) {
                List<String> identifiers = CurrentUnitOfWork.get().root().getResource(KEY);
                if (identifiers != null) {
                    identifiers.add(message.getIdentifier());
                }
            }
            return message;
        };
    }
}
