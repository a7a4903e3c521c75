package cn.gongkai.command.proactive;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DecisionKind;

import java.time.LocalDate;

/** Record a number of licensing, penalty or enforcement decisions; {@code factId} names this one record. */
public record RecordDecisions(OrganId organ, String factId, DecisionKind kind, LocalDate decidedOn, long count)
        implements RecordedFactCommand {

    @Override
    public String aggregateId() {
        return StreamIds.recordedFact(StreamIds.DECISIONS, organ, factId);
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
