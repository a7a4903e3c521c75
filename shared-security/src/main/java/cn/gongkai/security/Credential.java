package cn.gongkai.security;

import java.time.Instant;
import java.util.Set;

/** An issued credential as the registry keeps it: never the token, only what it grants and until when. */
public record Credential(String credentialId, String subject, Set<Role> roles, Set<String> organs,
                         Instant issuedAt, Instant expiresAt, Instant revokedAt) {
}
