package cn.gongkai.events.proactive;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** {@code count} licensing, penalty or enforcement decisions made on a day (本年处理决定数量). */
public record DecisionsRecorded(OrganId organ, DecisionKind kind, LocalDate decidedOn, long count)
        implements ProactiveEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
