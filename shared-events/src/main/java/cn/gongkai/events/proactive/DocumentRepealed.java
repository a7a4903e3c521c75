package cn.gongkai.events.proactive;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/**
 * A document was repealed (废止). {@code kind} is that of the document: taken from its issue when Gongkai recorded
 * it, sent by the department for a document of the opening stock.
 */
public record DocumentRepealed(OrganId organ, DocumentId documentId, DocumentKind kind, LocalDate repealedOn)
        implements ProactiveEvent {

    @Override
    public LocalDate businessDate() {
        return repealedOn;
    }
}
