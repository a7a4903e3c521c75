package cn.gongkai.events.proactive;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A regulation or normative document was issued (制发) and is in force from then. */
public record DocumentIssued(OrganId organ, DocumentId documentId, DocumentKind kind, LocalDate issuedOn)
        implements ProactiveEvent {

    @Override
    public LocalDate businessDate() {
        return issuedOn;
    }
}
