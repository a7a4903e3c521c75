package cn.gongkai.query.projection;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/** Positions in the event stream, as a client sees them: the global index of an event. */
final class StreamPosition {

    /** Before the first event. */
    public static final long NONE = -1;

    private StreamPosition() {
    }

    /**
     * The highest position at or below which every event has been handled: the token's index, or just below its
     * lowest gap while the token still keeps one (see {@link TrackedStore}: positions are drawn in commit order, so
     * the store has no gap a later commit can fill, and the token keeps none past {@code gongkai.store.gap-timeout}).
     */
    public static long fullyHandled(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware && !gapAware.getGaps().isEmpty()) {
            return gapAware.getGaps().first() - 1;
        }
        return token == null ? NONE : token.position().orElse(NONE);
    }
}
