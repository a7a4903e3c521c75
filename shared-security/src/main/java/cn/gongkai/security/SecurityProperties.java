package cn.gongkai.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code gongkai.security.*}: how bearer tokens are checked.
 *
 * @param bootstrapToken an administrator token that works from the first start (environment variable
 *                       GONGKAI_SECURITY_BOOTSTRAP_TOKEN); when blank, one is generated and printed at start-up
 * @param jwt            the key that signs and checks the credentials Gongkai issues; a JWK set instead is
 *                       configured with Spring's {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}
 * @param publicMetrics  whether {@code /actuator/prometheus} answers without a token, for a scraper inside the
 *                       operator's network
 */
@ConfigurationProperties("gongkai.security")
public record SecurityProperties(String bootstrapToken, @DefaultValue Jwt jwt,
                                 @DefaultValue("false") boolean publicMetrics) {

    /**
     * @param secret           the HMAC-SHA256 key, at least 32 bytes (environment variable GONGKAI_SECURITY_JWT_SECRET);
     *                         when blank, a key is generated and kept in {@code gongkai.data-dir} if that is set,
     *                         else for the life of the process only
     * @param issuer           the {@code iss} of issued credentials, required of every token checked by the key
     * @param credentialLifetime how long an issued credential is valid unless its request says otherwise
     */
    public record Jwt(String secret, @DefaultValue("gongkai") String issuer,
                      @DefaultValue("365d") Duration credentialLifetime) {
    }
}
