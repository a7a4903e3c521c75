package cn.gongkai.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-credential token bucket on a clock the test moves: its burst, its refill, and how many it keeps. */
class RateLimitTest {

    static final RequestLimits TWO_PER_SECOND_BURSTS_OF_FIVE = new RequestLimits(DataSize.ofMegabytes(16), 5000, 2, 5);

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void noCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void given_a_spent_burst_when_the_credential_asks_again_then_429_says_when_and_the_refill_lets_it_through()
            throws Exception {
        RateLimit limit = new RateLimit(TWO_PER_SECOND_BURSTS_OF_FIVE, new Problems(json), nanos::get);

        List<Integer> burst = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> burst.add(request(limit, "busy").getStatus()));
        MockHttpServletResponse refused = request(limit, "busy");
        MockHttpServletResponse other = request(limit, "quiet");
        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        MockHttpServletResponse afterHalfASecond = request(limit, "busy");

        assertThat(burst).containsOnly(200);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("urn:gongkai:problem:too-many-requests",
                "2.0 requests per second", "bursts of 5");
        assertThat(other.getStatus()).as("another credential has a bucket of its own").isEqualTo(200);
        assertThat(afterHalfASecond.getStatus()).as("one request refilled at 2 a second").isEqualTo(200);
    }

    @Test
    void given_credentials_gone_quiet_when_their_buckets_would_be_full_again_then_they_are_no_longer_kept() {
        RateLimit limit = new RateLimit(TWO_PER_SECOND_BURSTS_OF_FIVE, new Problems(json), nanos::get);
        IntStream.range(0, 50).forEach(i -> request(limit, "credential-" + i));

        nanos.addAndGet(Duration.ofMillis(2_400).toNanos());
        long beforeRefilled = limit.bucketsKept();
        nanos.addAndGet(Duration.ofMillis(200).toNanos());
        long afterRefilled = limit.bucketsKept();

        assertThat(beforeRefilled).isEqualTo(50);
        assertThat(afterRefilled).as("5 requests at 2 a second refill in 2.5 s").isZero();
    }

    @Test
    void given_more_credentials_than_the_bound_when_they_all_ask_then_only_the_bound_is_kept() {
        RateLimit limit = new RateLimit(TWO_PER_SECOND_BURSTS_OF_FIVE, new Problems(json), nanos::get, 100);

        IntStream.range(0, 1_000).forEach(i -> request(limit, "credential-" + i));

        assertThat(limit.bucketsKept()).isLessThanOrEqualTo(100);
    }

    @Test
    void given_no_caller_when_a_public_page_is_asked_for_then_no_bucket_is_made() {
        RateLimit limit = new RateLimit(TWO_PER_SECOND_BURSTS_OF_FIVE, new Problems(json), nanos::get);

        List<Integer> statuses = IntStream.range(0, 20).mapToObj(i -> filter(limit).getStatus()).toList();

        assertThat(statuses).containsOnly(200);
        assertThat(limit.bucketsKept()).isZero();
    }

    private static MockHttpServletResponse request(RateLimit limit, String credential) {
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(
                new Caller("subject of " + credential, Set.of(Role.AUDITOR), Set.of(), credential)));
        try {
            return filter(limit);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static MockHttpServletResponse filter(RateLimit limit) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/organs"), response, new MockFilterChain());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
