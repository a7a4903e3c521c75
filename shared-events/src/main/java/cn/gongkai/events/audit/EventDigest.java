package cn.gongkai.events.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a report: SHA-256 over the canonical lines of exactly the events it depends on, in stream order,
 * each line followed by a line feed (U+000A), written as lower-case hex. The same events give the same digest.
 */
public final class EventDigest {

    private EventDigest() {
    }

    public static String of(Iterable<AuditedEvent> events) {
        MessageDigest sha256 = sha256();
        for (AuditedEvent event : events) {
            sha256.update((event.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
