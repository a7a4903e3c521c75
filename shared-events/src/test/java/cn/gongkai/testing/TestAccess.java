package cn.gongkai.testing;

import java.util.Map;

/**
 * How a test service is entered: a known bootstrap administrator token, and limits wide enough that a test's own
 * pace never trips them (tests of the limits set their own).
 */
public final class TestAccess {

    /** The bootstrap administrator token every test service accepts; not a secret of any real installation. */
    public static final String BOOTSTRAP_TOKEN = "test-bootstrap-token-not-a-secret";

    private TestAccess() {
    }

    public static String authorization() {
        return "Bearer " + BOOTSTRAP_TOKEN;
    }

    /** Command-line arguments for a service started by hand: these settings first, then the given ones. */
    public static String[] arguments(String... more) {
        return java.util.stream.Stream.concat(springProperties().entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue()), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    public static Map<String, String> springProperties() {
        return Map.of("gongkai.security.bootstrap-token", BOOTSTRAP_TOKEN,
                "gongkai.security.jwt.secret", "test-signing-key-of-at-least-32-bytes-not-a-secret",
                "gongkai.limits.requests-per-second", "100000",
                "gongkai.limits.burst", "100000");
    }
}
