package cn.gongkai.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are local dates in Asia/Shanghai; a year ends at local midnight. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
