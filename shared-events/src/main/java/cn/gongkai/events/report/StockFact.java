package cn.gongkai.events.report;

import cn.gongkai.events.proactive.DocumentKind;

import java.time.LocalDate;

/** A declared opening balance: documents of a kind in force at the end of a day. */
public record StockFact(DocumentKind kind, LocalDate asOf, long inForce) {
}
