package cn.gongkai.command.ingest;

import java.util.List;

/** A request in which at least one event was refused; nothing of it was appended. */
public class EventsRefused extends RuntimeException {

    private final int submitted;
    private final List<EventRefusal> refusals;

    public EventsRefused(int submitted, List<EventRefusal> refusals) {
        super(refusals.size() + " of " + submitted + " events refused; nothing was appended");
        this.submitted = submitted;
        this.refusals = List.copyOf(refusals);
    }

    public int submitted() {
        return submitted;
    }

    public List<EventRefusal> refusals() {
        return refusals;
    }

    /** Invalid input outranks a conflict: the sender has to fix the request before anything else. */
    public RefusalKind kind() {
        return refusals.stream().anyMatch(r -> r.kind() == RefusalKind.INVALID)
                ? RefusalKind.INVALID : RefusalKind.CONFLICT;
    }
}
