package cn.gongkai.security;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The administrator token that works from the first start. Configured, it is never printed; generated (none
 * configured), it is printed once on the console at start-up, outside the log, so an operator can issue the first
 * credentials with it.
 */
public final class BootstrapToken {

    private final byte[] token;
    private final boolean generated;

    private BootstrapToken(String token, boolean generated) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.generated = generated;
    }

    public static BootstrapToken of(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 16) {
                throw new IllegalStateException("gongkai.security.bootstrap-token must be at least 16 characters");
            }
            return new BootstrapToken(configured, false);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new BootstrapToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
    }

    /** Compares in constant time, so the answer's timing tells nothing about the token. */
    public boolean matches(String presented) {
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    public boolean generated() {
        return generated;
    }

    /**
     * Shows a generated token on the console, with a dashboard link that hands it to the page (in the address
     * fragment, which the browser never sends to the server); a configured token stays unseen. {@code address} is
     * the page the link lands on, or null when no web server runs.
     */
    public void announce(PrintStream console, String address) {
        if (!generated) {
            return;
        }
        String value = new String(token, StandardCharsets.UTF_8);
        console.println();
        console.println("  Gongkai bootstrap administrator token (generated for this run; set");
        console.println("  --gongkai.security.bootstrap-token or GONGKAI_SECURITY_BOOTSTRAP_TOKEN to fix one):");
        console.println();
        console.println("      " + value);
        console.println();
        if (address != null) {
            console.println("  Dashboard with this token: " + address + "#token=" + value);
            console.println();
        }
    }
}
