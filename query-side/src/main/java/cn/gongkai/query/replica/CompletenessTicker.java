package cn.gongkai.query.replica;

import cn.gongkai.platform.background.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks the copy's completeness from time to time (the copier checks after each poll too): in full at start and
 * every {@code fullCheckInterval}; and, when the copy lacks positions and the command side's store is configured as
 * a source, copies them from there.
 */
final class CompletenessTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CompletenessTicker.class);

    private final ReplicaCompleteness completeness;
    private final Optional<StoreBootstrap> bootstrap;
    private final Duration fullInterval;
    private final PeriodicTask task;
    private long lastWhole = Long.MIN_VALUE;

    CompletenessTicker(ReplicaCompleteness completeness, Optional<StoreBootstrap> bootstrap, Duration interval,
                       Duration fullInterval) {
        this.completeness = completeness;
        this.bootstrap = bootstrap;
        this.fullInterval = fullInterval;
        this.task = new PeriodicTask("replica-completeness", interval, this::tick);
    }

    /**
     * Before the web server: the first check is done before the first figure is asked for (copying from the store,
     * which may take long, waits for the first tick).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public void start() {
        try {
            completeness.check(wholeCheckDue());
        } catch (RuntimeException e) {
            log.warn("The copy's completeness not checked at start: {}", e.toString());
        }
        task.start(Duration.ZERO);
    }

    @Override
    public void stop() {
        task.stop();
    }

    @Override
    public boolean isRunning() {
        return task.isRunning();
    }

    private void tick() {
        ReplicaCompleteness.State state = completeness.check(wholeCheckDue());
        if (!state.missing().isEmpty() && bootstrap.isPresent()) {
            bootstrap.get().copy(state.missing());
            completeness.check(false);
        }
    }

    private boolean wholeCheckDue() {
        long now = System.nanoTime();
        if (lastWhole == Long.MIN_VALUE || now - lastWhole >= fullInterval.toNanos()) {
            lastWhole = now;
            return true;
        }
        return false;
    }
}
