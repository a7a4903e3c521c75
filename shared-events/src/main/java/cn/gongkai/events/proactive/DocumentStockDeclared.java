package cn.gongkai.events.proactive;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/**
 * The opening balance: how many documents of a kind were in force at the end of {@code asOf}; later issues and
 * repeals move it. A later declaration for the same day supersedes an earlier one.
 */
public record DocumentStockDeclared(OrganId organ, DocumentKind kind, long inForce, LocalDate asOf)
        implements ProactiveEvent {

    @Override
    public LocalDate businessDate() {
        return asOf;
    }
}
