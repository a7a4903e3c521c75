package cn.gongkai.query.audit;

import cn.gongkai.events.audit.AuditedEvent;

import java.util.Collection;
import java.util.function.Consumer;

/** The events of some organs in stream order, as the event log reads them; what a running digest needs of it. */
@FunctionalInterface
interface OrganEvents {

    /** Hands the organs' events after {@code afterPosition} up to {@code upToPosition} (inclusive) to the consumer. */
    void forEachAfter(Collection<String> organs, long afterPosition, long upToPosition,
                      Consumer<AuditedEvent> consumer);
}
