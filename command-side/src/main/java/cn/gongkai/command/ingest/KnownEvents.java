package cn.gongkai.command.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency: the events of a request already seen, in the ledger or earlier in the same request. The same (source,
 * id) with the same content is a duplicate, answered and not appended again; with other content, a conflict.
 */
final class KnownEvents {

    private final Map<IngestionKey, String> recorded;
    private final Map<IngestionKey, String> inThisRequest = new HashMap<>();

    /** @param recorded the content digests the ledger holds for the request's keys */
    KnownEvents(Map<IngestionKey, String> recorded) {
        this.recorded = recorded;
    }

    /**
     * The answer for an event seen before (a duplicate's result, or the refusal of a reused id); empty for a new
     * event, which is remembered from now on.
     */
    Optional<Seen> judge(CloudEvent event) {
        String earlier = recorded.getOrDefault(event.key(), inThisRequest.get(event.key()));
        if (earlier == null) {
            inThisRequest.put(event.key(), event.contentDigest());
            return Optional.empty();
        }
        if (earlier.equals(event.contentDigest())) {
            return Optional.of(new Duplicate(EventResult.of(event, EventStatus.DUPLICATE)));
        }
        return Optional.of(new Reused(EventRefusal.of(event, "ID_REUSED", RefusalKind.CONFLICT, "id",
                "(source, id) = (" + event.source() + ", " + event.id()
                        + ") was already used for an event with other content")));
    }

    /** An event seen before. */
    sealed interface Seen {
    }

    /** The same event again: answered as a duplicate, not appended. */
    record Duplicate(EventResult result) implements Seen {
    }

    /** Its (source, id) used before for other content: refused. */
    record Reused(EventRefusal refusal) implements Seen {
    }
}
