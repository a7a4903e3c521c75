package cn.gongkai.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.util.AntPathMatcher;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static cn.gongkai.security.Role.ADMIN;
import static cn.gongkai.security.Role.AUDITOR;
import static cn.gongkai.security.Role.DEPARTMENT;
import static cn.gongkai.security.Role.VIEWER;

/**
 * Who may call what. Pages and documentation are public (they hold no figures); every figure needs a credential;
 * a path naming an organ is open to the credentials whose organs cover it. Anything not listed is for
 * administrators only, so a new endpoint is closed until it is given a rule here.
 */
public final class AccessRules {

    /** What any credential may read, whatever its roles and organs: it holds no organ's figures. */
    static final String[] ANY_CREDENTIAL_GET = {"/api/v1/organs", "/api/v1/report-layout/**",
            "/api/v1/register-template"};
    /** What any credential may send: a report to lint, which is judged and never stored. */
    static final String[] ANY_CREDENTIAL_POST = {"/api/v1/reports/lint"};
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final OrganHierarchy organs;
    private final boolean publicMetrics;

    public AccessRules(OrganHierarchy organs, boolean publicMetrics) {
        this.organs = organs;
        this.publicMetrics = publicMetrics;
    }

    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/", "/index.html", "/report.html", "/clerk.html", "/css/**", "/js/**",
                        "/webjars/**",
                        "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                .access(publicMetrics ? (auth, context) -> new AuthorizationDecision(true) : anyOf(ADMIN, AUDITOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/events").access(anyOf(DEPARTMENT, ADMIN))
                .requestMatchers(HttpMethod.POST, ANY_CREDENTIAL_POST).access(anyOf(Role.values()))
                .requestMatchers(HttpMethod.GET, ANY_CREDENTIAL_GET).access(anyOf(Role.values()))
                .requestMatchers("/api/v1/audit/**").access(anyOf(AUDITOR, ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/v1/operations", "/api/v1/operations/*").access(anyOf(AUDITOR, ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/v1/organs/{organ}/events").access(anyOf(AUDITOR, ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/v1/organs/{organ}/reports/{year}/publication",
                        "/api/v1/organs/{organ}/year-close/{year}", "/api/v1/organs/{organ}/register-imports")
                .access(writerOfOrgan())
                .requestMatchers(HttpMethod.PUT, "/api/v1/organs/{organ}/register-mappings/*").access(writerOfOrgan())
                .requestMatchers(HttpMethod.GET, "/api/v1/organs/{organ}/**").access(readerOfOrgan())
                .anyRequest().access(anyOf(ADMIN));
    }

    /**
     * Whether every valid credential may make this call, so that it is never refused with 403 (the API description
     * leaves the 403 out there). {@code path} is a mapping's pattern, as the API description lists it.
     */
    public static boolean anyCredentialMay(HttpMethod method, String path) {
        String[] patterns = HttpMethod.GET.equals(method) ? ANY_CREDENTIAL_GET
                : HttpMethod.POST.equals(method) ? ANY_CREDENTIAL_POST : new String[0];
        return Arrays.stream(patterns).anyMatch(pattern -> PATHS.match(pattern, path));
    }

    /** Any of the roles, whatever the organ. */
    static AuthorizationManager<RequestAuthorizationContext> anyOf(Role... roles) {
        List<Role> wanted = List.of(roles);
        return when((caller, context) -> caller.hasAny(wanted));
    }

    /** A department whose credential names the organ in the path, or an administrator. */
    private static AuthorizationManager<RequestAuthorizationContext> writerOfOrgan() {
        return when((caller, context) -> caller.mayWrite(context.getVariables().get("organ")));
    }

    /** An auditor or administrator; or a viewer or department whose organs include the path's organ or its ancestor. */
    private AuthorizationManager<RequestAuthorizationContext> readerOfOrgan() {
        return when((caller, context) -> {
            if (caller.hasAny(List.of(AUDITOR, ADMIN))) {
                return true;
            }
            String organ = context.getVariables().get("organ");
            Predicate<String> covers = ancestor -> organs.isWithin(organ, ancestor);
            return caller.hasAny(List.of(VIEWER, DEPARTMENT)) && caller.organs().stream().anyMatch(covers);
        });
    }

    private static AuthorizationManager<RequestAuthorizationContext> when(
            BiPredicate<Caller, RequestAuthorizationContext> rule) {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation")
            public AuthorizationDecision check(Supplier<Authentication> authentication,
                                               RequestAuthorizationContext context) {
                return new AuthorizationDecision(authentication.get() instanceof CallerAuthentication caller
                        && rule.test(caller.caller(), context));
            }
        };
    }
}
