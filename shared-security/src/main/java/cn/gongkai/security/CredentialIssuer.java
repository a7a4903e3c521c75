package cn.gongkai.security;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Issues credentials: a signed JWT naming subject, roles and organs, recorded (without the token) for revocation. */
public class CredentialIssuer {

    static final String ROLES = "roles";
    static final String ORGANS = "organs";
    private static final Pattern ORGAN = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");
    private static final Pattern SUBJECT = Pattern.compile("[\\p{L}\\p{N} ._@:/-]{1,200}");
    private static final int LONGEST_VALIDITY_DAYS = 3650;

    private final JwtEncoder encoder;
    private final CredentialRegistry registry;
    private final SecurityProperties.Jwt settings;
    private final Clock clock;

    public CredentialIssuer(JwtEncoder encoder, CredentialRegistry registry, SecurityProperties.Jwt settings,
                            Clock clock) {
        this.encoder = encoder;
        this.registry = registry;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedCredential issue(CredentialRequest request) {
        String subject = subject(request.subject());
        Set<Role> roles = roles(request.roles());
        Set<String> organs = organs(request.organs(), roles);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expires = now.plus(validity(request.validForDays()));
        String id = UUID.randomUUID().toString();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer()).subject(subject).id(id).issuedAt(now).expiresAt(expires)
                .claim(ROLES, roles.stream().map(Role::name).toList())
                .claim(ORGANS, List.copyOf(organs))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        registry.record(new Credential(id, subject, roles, organs, now, expires, null));
        return new IssuedCredential(id, token, subject, roles, organs, expires);
    }

    private static String subject(String subject) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new InvalidCredentialRequest("subject", "subject must be 1 to 200 letters, digits, spaces or "
                    + "'._@:/-' naming the department system or person the credential is for");
        }
        return subject;
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidCredentialRequest("roles", "at least one role is required: " + List.of(Role.values()));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidCredentialRequest("roles", "unknown role '" + name + "'; roles are "
                        + List.of(Role.values()));
            }
        }
        return roles;
    }

    private static Set<String> organs(List<String> organs, Set<Role> roles) {
        Set<String> named = new LinkedHashSet<>();
        for (String organ : organs == null ? List.<String>of() : organs) {
            if (organ == null || !ORGAN.matcher(organ).matches()) {
                throw new InvalidCredentialRequest("organs", "'" + organ + "' is not an organ code");
            }
            named.add(organ);
        }
        boolean scoped = roles.contains(Role.DEPARTMENT) || roles.contains(Role.VIEWER);
        if (scoped && named.isEmpty()) {
            throw new InvalidCredentialRequest("organs", "a DEPARTMENT or VIEWER credential must name its organs");
        }
        return named;
    }

    private Duration validity(Integer days) {
        if (days == null) {
            return settings.credentialLifetime();
        }
        if (days < 1 || days > LONGEST_VALIDITY_DAYS) {
            throw new InvalidCredentialRequest("validForDays", "validForDays must be 1 to " + LONGEST_VALIDITY_DAYS);
        }
        return Duration.ofDays(days);
    }
}
