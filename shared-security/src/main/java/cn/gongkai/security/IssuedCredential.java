package cn.gongkai.security;

import java.time.Instant;
import java.util.Set;

/** The answer to an issue request: the token, shown this once, and what it grants. */
public record IssuedCredential(String credentialId, String token, String subject, Set<Role> roles,
                               Set<String> organs, Instant expiresAt) {
}
