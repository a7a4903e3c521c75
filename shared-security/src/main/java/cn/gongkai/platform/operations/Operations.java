package cn.gongkai.platform.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The long operations this instance has run since it started (loading a year's file, rebuilding the projections,
 * importing a register), each with its progress. They describe the running process, not the books, so they are kept
 * in memory. Each side has its own ({@link OperationsAutoConfiguration}).
 */
public class Operations {

    private static final int KEPT = 50;

    private final Clock clock;
    private final Duration logEvery;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Progress> operations = Collections.synchronizedMap(new LinkedHashMap<>());

    public Operations(Clock clock, Duration logEvery) {
        this.clock = clock;
        this.logEvery = logEvery;
    }

    public Progress start(String name, long total) {
        Progress progress = new Progress(name + "-" + sequence.incrementAndGet(), name, total, clock, logEvery);
        synchronized (operations) {
            operations.put(progress.id(), progress);
            if (operations.size() > KEPT) {
                operations.remove(operations.keySet().iterator().next());
            }
        }
        return progress;
    }

    public List<ProgressReport> all() {
        synchronized (operations) {
            return new ArrayList<>(operations.values()).stream().map(Progress::report).toList();
        }
    }

    public Optional<ProgressReport> find(String id) {
        return Optional.ofNullable(operations.get(id)).map(Progress::report);
    }
}
