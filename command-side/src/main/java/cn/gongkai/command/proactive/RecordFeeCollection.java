package cn.gongkai.command.proactive;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Record administrative fees collected, in yuan; {@code factId} names this one record. */
public record RecordFeeCollection(OrganId organ, String factId, LocalDate collectedOn, BigDecimal amount)
        implements RecordedFactCommand {

    @Override
    public String aggregateId() {
        return StreamIds.recordedFact(StreamIds.FEE, organ, factId);
    }

    @Override
    public LocalDate businessDate() {
        return collectedOn;
    }
}
