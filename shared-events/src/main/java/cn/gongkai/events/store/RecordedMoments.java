package cn.gongkai.events.store;

import java.time.Duration;

/**
 * The promise the event store keeps between an event's recorded moment and its position. An event's moment is taken
 * when it is decided, its position when its transaction appends; positions follow commit order, moments nearly do.
 * The writer refuses to append an event whose moment is older than {@link #APPEND_LIMIT} (the request is judged
 * again, with fresh moments), so no event commits more than {@link #SEARCH_WINDOW} after its moment (the limit, the
 * moments from the check to the commit, and the clocks of several writers). A reader then finds the last position
 * recorded by an instant among the events of that window before it, by the index of moments, however far back the
 * instant lies: whatever was recorded earlier committed, and so drew its position, before them.
 */
public final class RecordedMoments {

    public static final Duration APPEND_LIMIT = Duration.ofSeconds(10);
    public static final Duration SEARCH_WINDOW = Duration.ofSeconds(30);

    private RecordedMoments() {
    }
}
