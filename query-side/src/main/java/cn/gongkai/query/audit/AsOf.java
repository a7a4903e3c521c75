package cn.gongkai.query.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A recorded moment asked for ({@code asOf}, {@code from}, {@code to}): an RFC 3339 instant with its offset, e.g.
 * 2026-01-20T09:00:00+08:00, no earlier than the Regulation's time and not in the future (a moment still to come
 * has no settled figures; a few minutes are allowed for the caller's clock running ahead).
 */
public final class AsOf {

    /** 1 January 2008 in Asia/Shanghai: no disclosure fact is older. */
    static final Instant EARLIEST = Instant.parse("2007-12-31T16:00:00Z");
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Four digits of year, a time and an offset: the parser alone would take "+99999-01-01T00:00:00Z". */
    private static final Pattern RFC_3339 = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");

    private AsOf() {
    }

    /** {@code value} of the parameter {@code name}, or an {@link IllegalArgumentException} saying what is wrong. */
    public static Instant parse(String name, String value, Clock clock) {
        Instant moment;
        try {
            if (!RFC_3339.matcher(value).matches()) {
                throw new DateTimeParseException("not RFC 3339", value, 0);
            }
            moment = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an RFC 3339 instant with an offset, e.g. "
                    + "2026-01-20T09:00:00+08:00, not '" + value + "'");
        }
        if (moment.isBefore(EARLIEST)) {
            throw new IllegalArgumentException(name + " is " + value + ", before 1 January 2008, when the Regulation "
                    + "took effect: nothing was recorded then");
        }
        if (moment.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new IllegalArgumentException(name + " is " + value + ", in the future: ask for a moment that has "
                    + "passed, or leave it out for the figures as they stand");
        }
        return moment;
    }
}
