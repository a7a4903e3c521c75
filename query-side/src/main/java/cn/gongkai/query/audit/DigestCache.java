package cn.gongkai.query.audit;

import cn.gongkai.events.audit.AuditedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The digest of the live report's events, kept running per set of organs: events at or below a position the
 * statistics have fully reached never change, so each answer reads only the events recorded since the last one.
 * Gives exactly {@link cn.gongkai.events.audit.EventDigest}'s result. At most {@code gongkai.report.running-digests}
 * sets of organs are kept (each a SHA-256 state of about a hundred bytes); one dropped is computed again from its
 * first event when next asked for.
 */
@Component
public class DigestCache {

    private final OrganEvents eventLog;
    private final int capacity;
    /** The running digests by set of organs; the least recently asked for go once there are more than the capacity. */
    private final Map<List<String>, Running> running = new ConcurrentHashMap<>();
    /** Tells the order in which digests were asked for. */
    private final AtomicLong asked = new AtomicLong();

    public DigestCache(OrganEvents eventLog, @Value("${gongkai.report.running-digests:2000}") int capacity) {
        this.eventLog = eventLog;
        this.capacity = capacity;
    }

    /** SHA-256 over the organs' events at or below the position, which the statistics have fully reached. */
    public String digest(List<String> organs, long position) {
        long now = asked.incrementAndGet();
        Running state = running.compute(List.copyOf(organs), (key, current) -> {
            Running base = current == null || current.position() > position ? Running.empty() : current;
            if (base.position() == position) {
                base.asked = now;
                return base;
            }
            MessageDigest sha256 = base.copy();
            eventLog.forEachAfter(key, base.position(), position, event -> update(sha256, event));
            Running next = new Running(position, sha256);
            next.asked = now;
            return next;
        });
        String digest = HexFormat.of().formatHex(state.copy().digest());
        if (running.size() > capacity) {
            forgetLeastRecentlyAsked();
        }
        return digest;
    }

    /** The number of sets of organs whose running digest is kept. */
    int kept() {
        return running.size();
    }

    /** Drops the least recently asked for tenth of the kept digests, so that the next few digests drop none. */
    private synchronized void forgetLeastRecentlyAsked() {
        int excess = running.size() - capacity;
        if (excess <= 0) {
            return;
        }
        running.entrySet().stream()
                .sorted(Comparator.comparingLong(entry -> entry.getValue().asked))
                .limit(excess + capacity / 10)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(running::remove);
    }

    private static void update(MessageDigest sha256, AuditedEvent event) {
        sha256.update((event.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A digest computed up to a position, ready to take the events after it, and when it was last asked for. */
    private static final class Running {
        private final long position;
        private final MessageDigest sha256;
        private volatile long asked;

        Running(long position, MessageDigest sha256) {
            this.position = position;
            this.sha256 = sha256;
        }

        long position() {
            return position;
        }

        static Running empty() {
            try {
                return new Running(-1, MessageDigest.getInstance("SHA-256"));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        MessageDigest copy() {
            try {
                return (MessageDigest) sha256.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the SHA-256 digest of this runtime cannot be cloned", e);
            }
        }
    }
}
