package cn.gongkai.events.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a report: SHA-256 over the canonical lines of exactly the events it depends on, in stream order,
 * each line followed by a line feed (U+000A), written as lower-case hex. The same events give the same digest.
 * A resumable digest can be saved ({@link #state()}) and resumed, so a checkpoint of a fold carries its digest
 * along; a one-off digest cannot, and runs on the platform's SHA-256, which is faster over a whole store.
 */
public final class EventDigest {

    private final Sha256 resumable;
    private final MessageDigest oneOff;

    private EventDigest(Sha256 resumable, MessageDigest oneOff) {
        this.resumable = resumable;
        this.oneOff = oneOff;
    }

    /** A digest over no events yet, whose state can be saved. */
    public static EventDigest start() {
        return new EventDigest(new Sha256(), null);
    }

    /** A digest over no events yet, for events hashed at one go. */
    public static EventDigest oneOff() {
        try {
            return new EventDigest(null, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A digest resumed from a saved {@link #state()}. */
    public static EventDigest resume(byte[] state) {
        return new EventDigest(Sha256.resume(state), null);
    }

    public static String of(Iterable<AuditedEvent> events) {
        EventDigest digest = oneOff();
        events.forEach(digest::add);
        return digest.hex();
    }

    public void add(AuditedEvent event) {
        byte[] line = (event.canonical() + "\n").getBytes(StandardCharsets.UTF_8);
        if (resumable != null) {
            resumable.update(line);
        } else {
            oneOff.update(line);
        }
    }

    /** The digest of the events added so far, in hex; more may be added after. */
    public String hex() {
        if (resumable != null) {
            return HexFormat.of().formatHex(resumable.digest());
        }
        try {
            return HexFormat.of().formatHex(((MessageDigest) oneOff.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 cannot be cloned", e);
        }
    }

    /** The running state, for {@link #resume}; only a resumable digest has one. */
    public byte[] state() {
        if (resumable == null) {
            throw new IllegalStateException("a one-off digest keeps no state to resume");
        }
        return resumable.state();
    }
}
