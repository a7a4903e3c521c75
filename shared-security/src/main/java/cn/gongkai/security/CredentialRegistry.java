package cn.gongkai.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The credentials issued, in the database both sides share; revocation is a row's revoked_at. */
public class CredentialRegistry {

    private static final RowMapper<Credential> ROW = (rs, i) -> new Credential(rs.getString("credential_id"),
            rs.getString("subject"), roles(rs.getString("roles")), organs(rs.getString("organs")),
            instant(rs.getTimestamp("issued_at")), instant(rs.getTimestamp("expires_at")),
            instant(rs.getTimestamp("revoked_at")));

    private final JdbcTemplate jdbc;

    public CredentialRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Credential credential) {
        jdbc.update("insert into credential (credential_id, subject, roles, organs, issued_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)", credential.credentialId(), credential.subject(),
                credential.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                String.join(",", credential.organs().stream().sorted().toList()),
                Timestamp.from(credential.issuedAt()), Timestamp.from(credential.expiresAt()));
    }

    public List<Credential> all() {
        return jdbc.query("select * from credential order by issued_at, credential_id", ROW);
    }

    public Optional<Credential> find(String credentialId) {
        return jdbc.query("select * from credential where credential_id = ?", ROW, credentialId).stream().findFirst();
    }

    /** Whether the credential was revoked; one not issued here (another issuer's token) is not. */
    public boolean isRevoked(String credentialId) {
        Integer revoked = jdbc.queryForObject("select count(*) from credential where credential_id = ? "
                + "and revoked_at is not null", Integer.class, credentialId);
        return revoked != null && revoked > 0;
    }

    /** Revokes the credential; answers false when there is none such. Revoking twice keeps the first moment. */
    public boolean revoke(String credentialId, Instant at) {
        jdbc.update("update credential set revoked_at = ? where credential_id = ? and revoked_at is null",
                Timestamp.from(at), credentialId);
        return find(credentialId).isPresent();
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Set<String> organs(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
