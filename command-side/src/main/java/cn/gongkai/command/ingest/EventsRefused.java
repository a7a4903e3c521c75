package cn.gongkai.command.ingest;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** The refusal of a request, its refused events in the order sent. */
    static EventsRefused inOrder(int submitted, List<EventRefusal> refusals) {
        List<EventRefusal> ordered = new ArrayList<>(refusals);
        ordered.sort(Comparator.comparingInt(EventRefusal::index));
        return new EventsRefused(submitted, ordered);
    }

    public int submitted() {
        return submitted;
    }

    public List<EventRefusal> refusals() {
        return refusals;
    }

    /**
     * What the request as a whole is answered with: a forbidden event outranks invalid input, which outranks a
     * conflict; the sender has to fix the first before the others matter.
     */
    public RefusalKind kind() {
        for (RefusalKind kind : List.of(RefusalKind.FORBIDDEN, RefusalKind.INVALID)) {
            if (refusals.stream().anyMatch(r -> r.kind() == kind)) {
                return kind;
            }
        }
        return RefusalKind.CONFLICT;
    }
}
