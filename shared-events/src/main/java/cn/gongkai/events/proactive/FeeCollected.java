package cn.gongkai.events.proactive;

import cn.gongkai.events.organ.OrganId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Administrative fees (行政事业性收费) collected on a day, in yuan, exact. */
public record FeeCollected(OrganId organ, LocalDate collectedOn, BigDecimal amount) implements ProactiveEvent {

    @Override
    public LocalDate businessDate() {
        return collectedOn;
    }
}
