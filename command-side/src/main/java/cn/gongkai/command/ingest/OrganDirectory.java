package cn.gongkai.command.ingest;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether an organ is registered, outside ingestion (year close asks it); ingestion answers it, and the organ tree's
 * cycle check, from the batch it judges ({@link cn.gongkai.command.append.StreamBatch}).
 */
@Component
public class OrganDirectory {

    private final EventStore eventStore;

    public OrganDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean isRegistered(OrganId organ) {
        return eventStore.readEvents(StreamIds.organ(organ)).hasNext();
    }
}
