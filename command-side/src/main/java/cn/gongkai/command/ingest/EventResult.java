package cn.gongkai.command.ingest;

/** The answer for one event of an accepted request. */
public record EventResult(int index, String source, String id, EventStatus status) {

    static EventResult of(CloudEvent event, EventStatus status) {
        return new EventResult(event.index(), event.source(), event.id(), status);
    }
}
