package cn.gongkai.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The HMAC-SHA256 key that signs the credentials Gongkai issues and checks the tokens presented to it. */
public final class SigningKey {

    static final String FILE = "jwt-signing.key";
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final int MINIMUM_BYTES = 32;

    private SigningKey() {
    }

    /**
     * The configured secret; else the key kept in the data directory, created on first start; else (no data
     * directory) a key for the life of the process, with a warning that its credentials die with it.
     */
    public static SecretKey resolve(String configured, String dataDirectory) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MINIMUM_BYTES) {
                throw new IllegalStateException("gongkai.security.jwt.secret must be at least " + MINIMUM_BYTES
                        + " bytes long");
            }
            return key(bytes);
        }
        if (dataDirectory != null && !dataDirectory.isBlank()) {
            return kept(Path.of(dataDirectory).resolve(FILE));
        }
        log.warn("No gongkai.security.jwt.secret and no gongkai.data-dir: credentials issued now stop working at "
                + "restart, and a second instance will not accept them");
        return key(random());
    }

    private static SecretKey kept(Path file) {
        try {
            if (Files.exists(file)) {
                return key(Base64.getDecoder().decode(Files.readString(file).trim()));
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(random()));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("File system without POSIX permissions; {} keeps its default permissions", file);
            }
            log.info("Created the credential signing key {}", file);
            return kept(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key " + file, e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static SecretKey key(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
