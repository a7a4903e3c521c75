package cn.gongkai.command.proactive;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentKind;

import java.time.LocalDate;

/**
 * Record that a document was repealed. {@code kind} may be null for a document Gongkai saw issued; it is needed
 * for one of the opening stock.
 */
public record RepealDocument(OrganId organ, DocumentId documentId, DocumentKind kind, LocalDate repealedOn)
        implements DocumentCommand {

    @Override
    public String aggregateId() {
        return StreamIds.document(organ, documentId);
    }

    @Override
    public LocalDate businessDate() {
        return repealedOn;
    }
}
