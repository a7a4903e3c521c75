package cn.gongkai.query.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter: an RFC 3339 instant with its offset, e.g. 2026-01-20T09:00:00+08:00. */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be an RFC 3339 instant with an offset, e.g. "
                    + "2026-01-20T09:00:00+08:00, not '" + value + "'");
        }
    }
}
