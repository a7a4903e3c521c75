package cn.gongkai.platform.background;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A step run on a thread of its own, again and again, {@code interval} after the end of the last run. A run that
 * fails is logged and the step is tried again next time: a background job never stops for a passing fault (the
 * database away, a broker restarting). The owner's {@code SmartLifecycle} starts and stops it.
 */
public final class PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Runnable step;
    private ScheduledExecutorService scheduler;

    /**
     * @param name     the thread's name, also the log's name for what was not done
     * @param interval the pause between the end of one run and the start of the next
     * @param step     what is done each time
     */
    public PeriodicTask(String name, Duration interval, Runnable step) {
        this.name = name;
        this.interval = interval;
        this.step = step;
    }

    /** Starts the runs: the first after {@code initialDelay}. */
    public synchronized void start(Duration initialDelay) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the runs, interrupting one under way, and waits for it to end (at most 10 seconds). */
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    public Duration interval() {
        return interval;
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void runOnce() {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("{}: not done this time, tried again in {}: {}", name, interval, e.toString());
        }
    }
}
