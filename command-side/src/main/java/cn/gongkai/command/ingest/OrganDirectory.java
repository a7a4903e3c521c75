package cn.gongkai.command.ingest;

import cn.gongkai.command.rules.AggregateIds;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.organ.OrganRegistered;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an organ is registered: its stream has an event, in the store or staged earlier in the same unit of
 * work (so a batch may register an organ and then report for it).
 */
@Component
public class OrganDirectory {

    private final EventStore eventStore;

    public OrganDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean isRegistered(OrganId organ) {
        return eventStore.readEvents(AggregateIds.organ(organ)).hasNext();
    }

    /** The organ's parent as last registered, if it has one. */
    public Optional<OrganId> parentOf(OrganId organ) {
        OrganId parent = null;
        DomainEventStream events = eventStore.readEvents(AggregateIds.organ(organ));
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof OrganRegistered registered) {
                parent = registered.parent();
            }
        }
        return Optional.ofNullable(parent);
    }

    /** Whether {@code organ} is {@code ancestor} or lies under it, following registered parents upwards. */
    public boolean isWithin(OrganId organ, OrganId ancestor) {
        Set<OrganId> seen = new HashSet<>();
        for (OrganId current = organ; current != null && seen.add(current); current = parentOf(current).orElse(null)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
