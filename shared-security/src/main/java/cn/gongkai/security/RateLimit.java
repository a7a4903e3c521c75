package cn.gongkai.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Per-credential rate limit: a Bucket4j token bucket of {@code burst} requests refilled at {@code requests-per-second};
 * a request finding it empty is answered 429 with Retry-After. Unauthenticated requests reach only public pages.
 *
 * <p>The buckets live in a bounded cache: a bucket untouched for as long as it takes to refill completely is dropped
 * (a new one is the same, full bucket), and at most {@link #MAX_CREDENTIALS} are kept at once.
 */
public class RateLimit extends OncePerRequestFilter {

    static final int MAX_CREDENTIALS = 100_000;

    private final RequestLimits limits;
    private final Problems problems;
    private final TimeMeter clock;
    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;

    public RateLimit(RequestLimits limits, Problems problems, LongSupplier nanoTime) {
        this(limits, problems, nanoTime, MAX_CREDENTIALS);
    }

    RateLimit(RequestLimits limits, Problems problems, LongSupplier nanoTime, int maxCredentials) {
        this.limits = limits;
        this.problems = problems;
        this.clock = new NanoClock(nanoTime);
        this.bandwidth = Bandwidth.builder().capacity(limits.burst())
                .refillGreedy(1, Duration.ofNanos(Math.max(1, Math.round(1e9 / limits.requestsPerSecond()))))
                .build();
        this.buckets = Caffeine.newBuilder().maximumSize(maxCredentials).ticker(nanoTime::getAsLong)
                .expireAfterAccess(timeToRefill(limits)).executor(Runnable::run).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Callers.current();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.get(caller.get().rateKey(), key -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long wait = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
            response.setHeader("Retry-After", String.valueOf(wait));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, Problems.TOO_MANY, "Too many requests",
                    "this credential may make " + limits.requestsPerSecond() + " requests per second (bursts of "
                            + limits.burst() + "; gongkai.limits); retry after " + wait + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    /** How many credentials have a bucket now; an upper bound until the cache's pending evictions run. */
    long bucketsKept() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
    }

    /** After this long untouched, a bucket is full again, and so no different from a new one. */
    private static Duration timeToRefill(RequestLimits limits) {
        return Duration.ofNanos(Math.max(1, (long) Math.ceil(limits.burst() / limits.requestsPerSecond() * 1e9)));
    }

    /** The filter's own clock, so that a test can move time. */
    private record NanoClock(LongSupplier nanoTime) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanoTime.getAsLong();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
