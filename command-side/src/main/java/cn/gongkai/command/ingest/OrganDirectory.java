package cn.gongkai.command.ingest;

import cn.gongkai.command.rules.AggregateIds;
import cn.gongkai.events.organ.OrganId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

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
}
