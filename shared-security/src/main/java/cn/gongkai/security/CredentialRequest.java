package cn.gongkai.security;

import java.util.List;

/**
 * An administrator's request for a credential: to whom, with which roles, for which organs, and for how many days
 * (the configured lifetime when absent).
 */
public record CredentialRequest(String subject, List<String> roles, List<String> organs, Integer validForDays) {
}
