package cn.gongkai.command.audit;

import cn.gongkai.events.audit.AuditedEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One link of the chain: SHA-256 over the previous link (hex) followed by the event's canonical line. */
final class ChainLink {

    public static final String BEFORE_FIRST = "0".repeat(64);

    private ChainLink() {
    }

    public static String next(String previous, AuditedEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha256.update(event.canonical().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A fresh SHA-256 digest, to reuse across the links of one append. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
