package cn.gongkai.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling: the subject a credential was issued to, its roles, the organs it names, and the credential's
 * identifier (null for the bootstrap token).
 */
public record Caller(String subject, Set<Role> roles, Set<String> organs, String credentialId) {

    public static final String BOOTSTRAP = "bootstrap-administrator";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        organs = Set.copyOf(organs);
    }

    public static Caller bootstrapAdministrator() {
        return new Caller(BOOTSTRAP, Set.of(Role.ADMIN), Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Whether this caller may write the facts of the organ: a department naming it, or an administrator. */
    public boolean mayWrite(String organ) {
        return has(Role.ADMIN) || (has(Role.DEPARTMENT) && organs.contains(organ));
    }

    /** The key a rate limit counts requests under: one bucket per credential. */
    public String rateKey() {
        return credentialId != null ? credentialId : subject;
    }
}
