package cn.gongkai.query.audit;

import cn.gongkai.events.audit.AuditedEvent;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest of the live report's events, kept running per set of organs: events at or below a position the
 * statistics have fully reached never change, so each answer reads only the events recorded since the last one.
 * Gives exactly {@link cn.gongkai.events.audit.EventDigest}'s result.
 */
@Component
public class DigestCache {

    private final EventLog eventLog;
    private final Map<List<String>, Running> running = new ConcurrentHashMap<>();

    public DigestCache(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    /** SHA-256 over the organs' events at or below the position, which the statistics have fully reached. */
    public String digest(List<String> organs, long position) {
        Running state = running.compute(List.copyOf(organs), (key, current) -> {
            Running base = current == null || current.position() > position ? Running.empty() : current;
            if (base.position() == position) {
                return base;
            }
            MessageDigest sha256 = base.copy();
            eventLog.forEachAfter(key, base.position(), position, event -> update(sha256, event));
            return new Running(position, sha256);
        });
        return HexFormat.of().formatHex(state.copy().digest());
    }

    private static void update(MessageDigest sha256, AuditedEvent event) {
        sha256.update((event.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A digest computed up to a position, ready to take the events after it. */
    private record Running(long position, MessageDigest sha256) {

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
