package cn.gongkai.query.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** How far a running replay verification has come: events done of total, rate, time left. */
@Component
class ReplayProgress {

    private final Clock clock;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicReference<Instant> started = new AtomicReference<>();
    private final AtomicReference<String> state = new AtomicReference<>("IDLE");

    public ReplayProgress(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        Gauge.builder("gongkai.replay.events.done", done, AtomicLong::get)
                .description("events replayed by the running replay verification").register(meters);
        Gauge.builder("gongkai.replay.events.total", total, AtomicLong::get)
                .description("events the running replay verification will replay").register(meters);
    }

    /** A reading of the progress: events done of total, events per second, seconds left. */
    public record Reading(String state, long done, long total, double eventsPerSecond, Long secondsLeft) {
    }

    void start(long events) {
        done.set(0);
        total.set(events);
        started.set(clock.instant());
        state.set("RUNNING");
    }

    void advance(long events) {
        done.addAndGet(events);
    }

    void finish() {
        state.set("FINISHED");
    }

    public Reading read() {
        Instant since = started.get();
        double seconds = since == null ? 0 : Math.max(0.001, Duration.between(since, clock.instant()).toMillis() / 1000.0);
        double rate = since == null ? 0 : done.get() / seconds;
        Long left = rate > 0 ? Math.round((total.get() - done.get()) / rate) : null;
        return new Reading(state.get(), done.get(), total.get(), Math.round(rate * 10) / 10.0, left);
    }
}
