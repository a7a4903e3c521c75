package cn.gongkai.platform.operations;

import java.time.Instant;

/**
 * Where a long operation stands: {@code done} of {@code total} units (events), the rate so far in units per second
 * and the estimated seconds left at that rate (null until a rate is known, 0 when finished).
 */
public record ProgressReport(String id, String name, Progress.State state, long done, long total, double percent,
                             double ratePerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
                             String detail) {

    /** The line the log shows. */
    public String line() {
        return String.format("%s: %d/%d (%.1f%%), %.1f/s, %s", name, done, total, percent, ratePerSecond,
                state == Progress.State.RUNNING
                        ? (secondsLeft == null ? "time left unknown" : "about " + secondsLeft + " s left")
                        : state.name().toLowerCase() + (detail == null ? "" : " (" + detail + ")"));
    }
}
