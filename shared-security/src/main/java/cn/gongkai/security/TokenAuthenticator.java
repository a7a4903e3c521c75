package cn.gongkai.security;

import com.nimbusds.jwt.JWTParser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a bearer token into a {@link Caller}: the bootstrap token is the administrator; an HMAC-signed JWT is a
 * credential Gongkai issued (checked against its key, issuer and revocations); any other JWT is checked against the
 * configured JWK set. Roles and organs come from the claims {@code roles} and {@code organs}.
 */
public class TokenAuthenticator implements AuthenticationManager {

    private final BootstrapToken bootstrap;
    private final JwtDecoder issuedHere;
    private final JwtDecoder jwkSet;
    private final CredentialRegistry registry;

    public TokenAuthenticator(BootstrapToken bootstrap, JwtDecoder issuedHere, JwtDecoder jwkSet,
                              CredentialRegistry registry) {
        this.bootstrap = bootstrap;
        this.issuedHere = issuedHere;
        this.jwkSet = jwkSet;
        this.registry = registry;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (bootstrap.matches(token)) {
            return new CallerAuthentication(Caller.bootstrapAdministrator());
        }
        Jwt jwt = decode(token);
        if (jwt.getId() != null && registry.isRevoked(jwt.getId())) {
            throw new InvalidBearerTokenException("the credential was revoked");
        }
        return new CallerAuthentication(new Caller(subject(jwt), roles(jwt), organs(jwt), jwt.getId()));
    }

    private Jwt decode(String token) {
        JwtDecoder decoder = isHmacSigned(token) ? issuedHere : jwkSet;
        if (decoder == null) {
            throw new InvalidBearerTokenException("the bearer token is not one this service accepts");
        }
        try {
            return decoder.decode(token);
        } catch (JwtException invalid) {
            // The decoder's message names what is wrong (expired, bad signature) and never the token.
            throw new InvalidBearerTokenException("the bearer token is invalid: " + invalid.getMessage());
        }
    }

    private static boolean isHmacSigned(String token) {
        try {
            return JWTParser.parse(token).getHeader().getAlgorithm().getName().startsWith("HS");
        } catch (ParseException | RuntimeException notAJwt) {
            throw new InvalidBearerTokenException("the bearer token is neither the bootstrap token nor a JWT");
        }
    }

    private static String subject(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new InvalidBearerTokenException("the token names no subject (sub)");
        }
        return jwt.getSubject();
    }

    private static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt, CredentialIssuer.ROLES)) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidBearerTokenException("the token names an unknown role");
            }
        }
        return roles;
    }

    private static Set<String> organs(Jwt jwt) {
        return new HashSet<>(strings(jwt, CredentialIssuer.ORGANS));
    }

    private static List<String> strings(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance)) {
            return items.stream().map(String.class::cast).toList();
        }
        throw new InvalidBearerTokenException("the claim '" + claim + "' must be a list of strings");
    }
}
