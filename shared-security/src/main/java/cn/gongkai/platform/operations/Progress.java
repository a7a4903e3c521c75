package cn.gongkai.platform.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The progress of one long operation, advanced by the thread doing the work and read by anyone. */
public final class Progress {

    /** How a long operation stands. */
    public enum State { RUNNING, DONE, FAILED }

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final String id;
    private final String name;
    private final Clock clock;
    private final Duration logEvery;
    private final Instant startedAt;
    private long total;
    private long done;
    private State state = State.RUNNING;
    private Instant finishedAt;
    private String detail;
    private Instant lastLogged;

    Progress(String id, String name, long total, Clock clock, Duration logEvery) {
        this.id = id;
        this.name = name;
        this.total = total;
        this.clock = clock;
        this.logEvery = logEvery;
        this.startedAt = clock.instant();
        this.lastLogged = startedAt;
        log.info("{}: started, {} to do", name, total);
    }

    public String id() {
        return id;
    }

    /** Sets how much is done (never less than before), logging at most once per interval. */
    public synchronized void doneSoFar(long units) {
        done = Math.max(done, Math.min(units, total));
        Instant now = clock.instant();
        if (!now.isBefore(lastLogged.plus(logEvery))) {
            lastLogged = now;
            log.info(report().line());
        }
    }

    public synchronized void advance(long units) {
        doneSoFar(done + units);
    }

    /** The total grew while the operation ran (e.g. events appended during a rebuild). */
    public synchronized void totalIs(long units) {
        total = Math.max(units, done);
    }

    public synchronized void finish(String summary) {
        done = total;
        end(State.DONE, summary);
    }

    public synchronized void fail(String reason) {
        end(State.FAILED, reason);
    }

    public synchronized boolean running() {
        return state == State.RUNNING;
    }

    public synchronized ProgressReport report() {
        Instant end = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Long left = state != State.RUNNING ? Long.valueOf(0)
                : rate > 0 ? Long.valueOf(Math.round((total - done) / rate)) : null;
        double percent = total == 0 ? 100.0 : 100.0 * done / total;
        return new ProgressReport(id, name, state, done, total, percent, rate, left, startedAt, finishedAt, detail);
    }

    private void end(State ended, String why) {
        state = ended;
        detail = why;
        finishedAt = clock.instant();
        log.info(report().line());
    }
}
