package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentKind;

import java.time.LocalDate;

/** Declare how many documents of a kind were in force at the end of a day: the opening balance. */
public record DeclareStock(OrganId organ, DocumentKind kind, long inForce, LocalDate asOf) implements OrganCommand {

    @Override
    public String aggregateId() {
        return StreamIds.documentStock(organ, kind);
    }

    @Override
    public LocalDate businessDate() {
        return asOf;
    }
}
