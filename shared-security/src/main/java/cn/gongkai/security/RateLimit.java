package cn.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-credential rate limit: a token bucket of {@code burst} requests refilled at {@code requests-per-second};
 * a request finding it empty is answered 429 with Retry-After. Unauthenticated requests reach only public pages.
 */
public class RateLimit extends OncePerRequestFilter {

    private final RequestLimits limits;
    private final Problems problems;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(RequestLimits limits, Problems problems, LongSupplier nanoTime) {
        this.limits = limits;
        this.problems = problems;
        this.nanoTime = nanoTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Callers.current();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(caller.get().rateKey(), key -> new Bucket(limits.burst(), nanoTime.getAsLong()));
        double wait = bucket.take(limits, nanoTime.getAsLong());
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf((long) Math.ceil(wait)));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY, "Too many requests",
                    "this credential may make " + limits.requestsPerSecond() + " requests per second (bursts of "
                            + limits.burst() + "; gongkai.limits); retry after " + (long) Math.ceil(wait) + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Requests left and when they were last counted. */
    private static final class Bucket {

        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes one request; answers 0 when granted, else the seconds until one is available. */
        synchronized double take(RequestLimits limits, long now) {
            tokens = Math.min(limits.burst(), tokens + (now - at) / 1e9 * limits.requestsPerSecond());
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / limits.requestsPerSecond();
        }
    }
}
