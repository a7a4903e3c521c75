package cn.gongkai.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gongkai.limits.*}: what one request and one credential may ask of the service.
 *
 * @param maxBodySize       the largest request body accepted (HTTP 413 beyond it)
 * @param maxBatchEvents    the most events in one batch (HTTP 413 beyond it)
 * @param requestsPerSecond the steady rate of requests one credential may make (HTTP 429 beyond it)
 * @param burst             how many requests one credential may make at once before the rate applies
 */
@ConfigurationProperties("gongkai.limits")
public record RequestLimits(@DefaultValue("16MB") DataSize maxBodySize,
                           @DefaultValue("5000") int maxBatchEvents,
                           @DefaultValue("100") double requestsPerSecond,
                           @DefaultValue("200") int burst) {
}
