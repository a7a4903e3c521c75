package cn.gongkai.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;

import javax.crypto.SecretKey;
import jakarta.servlet.MultipartConfigElement;
import javax.sql.DataSource;
import java.time.Clock;
import java.util.Arrays;

/**
 * Access control for whichever side runs: bearer tokens (the bootstrap token, credentials Gongkai issued, or tokens
 * of a configured JWK set), the rules of {@link AccessRules}, request limits, and the credential registry.
 */
@AutoConfiguration
@AutoConfigureBefore({SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, ErrorMvcAutoConfiguration.class, MultipartAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties({SecurityProperties.class, RequestLimits.class})
@Import({CredentialsController.class, RequestProblems.class, ErrorProblems.class, ApiDescription.class})
public class AccessAutoConfiguration {

    /**
     * The pages load scripts, styles and data from the service alone; a rendered report carries its own style
     * sheet inline (so it prints on its own), hence inline styles but never inline scripts.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /**
     * Files uploaded in a form (several reports to lint at once) may be as large as any request body may be
     * ({@code gongkai.limits.max-body-size}), instead of Spring's default of 1 MB a file.
     */
    @Bean
    public MultipartConfigElement multipartConfig(RequestLimits limits) {
        long largest = limits.maxBodySize().toBytes();
        return new MultipartConfigElement(null, largest, largest, 0);
    }

    /** The credential registry's table, with its own migration history beside the two sides'. */
    @Bean(initMethod = "migrate")
    public Flyway accessSchema(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/security")
                .table("flyway_history_security")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @Bean
    public CredentialRegistry credentialRegistry(JdbcTemplate jdbc, Flyway accessSchema) {
        return new CredentialRegistry(jdbc);
    }

    @Bean
    public BootstrapToken bootstrapToken(SecurityProperties properties) {
        return BootstrapToken.of(properties.bootstrapToken());
    }

    /** A generated bootstrap token is shown on the console once the service is ready; never in the log. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> bootstrapTokenAnnouncement(BootstrapToken token,
                                                                               ObjectProvider<LandingPage> landing) {
        return ready -> token.announce(System.out, ready.getApplicationContext()
                instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? "http://localhost:" + web.getWebServer().getPort()
                + landing.getIfAvailable(() -> () -> "/").path() : null);
    }

    @Bean
    public SecretKey credentialSigningKey(SecurityProperties properties,
                                          @Value("${gongkai.data-dir:}") String dataDirectory) {
        return SigningKey.resolve(properties.jwt().secret(), dataDirectory);
    }

    @Bean
    public CredentialIssuer credentialIssuer(SecretKey credentialSigningKey, CredentialRegistry registry,
                                             SecurityProperties properties, ObjectProvider<Clock> clock) {
        return new CredentialIssuer(new NimbusJwtEncoder(new ImmutableSecret<>(credentialSigningKey)), registry,
                properties.jwt(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public TokenAuthenticator tokenAuthenticator(BootstrapToken bootstrap, SecretKey credentialSigningKey,
                                                 SecurityProperties properties, CredentialRegistry registry,
                                                 @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}")
                                                 String jwkSetUri) {
        NimbusJwtDecoder issuedHere = NimbusJwtDecoder.withSecretKey(credentialSigningKey)
                .macAlgorithm(MacAlgorithm.HS256).build();
        issuedHere.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.jwt().issuer()));
        JwtDecoder jwkSet = jwkSetUri.isBlank() ? null : NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        return new TokenAuthenticator(bootstrap, issuedHere, jwkSet, registry);
    }

    @Bean
    public Problems accessProblems(ObjectMapper json) {
        return new Problems(json);
    }

    /** A request the firewall rejects ({@code //}, {@code /./}, {@code ;} in the path): a 400 problem. */
    @Bean
    public RequestRejectedHandler rejectedRequests(Problems problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                Problems.REJECTED, "Request rejected", "the path is not in canonical form ("
                        + rejected.getMessage() + "); send it without '//', '/./', '/../', ';' or encoded slashes");
    }

    /** Tomcat's own error answers (a path that cannot be decoded) as problem details, not its HTML page. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (Arrays.stream(host.getPipeline().getValves()).noneMatch(ProblemErrorReportValve.class::isInstance)) {
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            }
        }));
    }

    @Bean
    public SecurityFilterChain gongkaiAccess(HttpSecurity http, TokenAuthenticator authenticator, Problems problems,
                                             SecurityProperties properties, RequestLimits limits,
                                             ObjectProvider<OrganHierarchy> organs) throws Exception {
        AccessRules rules = new AccessRules(organs.getIfAvailable(() -> OrganHierarchy.FLAT),
                properties.publicMetrics());
        http.csrf(csrf -> csrf.disable()) // bearer tokens only: no cookies, nothing for a forged form to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(request -> authenticator)
                        .bearerTokenResolver(new BearerTokens())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules::apply)
                .addFilterBefore(new BodySizeLimit(limits, problems), WebAsyncManagerIntegrationFilter.class)
                .addFilterAfter(new RateLimit(limits, problems, System::nanoTime), BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
