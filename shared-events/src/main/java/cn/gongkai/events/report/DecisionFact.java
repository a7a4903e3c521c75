package cn.gongkai.events.report;

import cn.gongkai.events.proactive.DecisionKind;

import java.time.LocalDate;

/** A number of licensing, penalty or enforcement decisions made on a day. */
public record DecisionFact(DecisionKind kind, LocalDate decidedOn, long count) {
}
