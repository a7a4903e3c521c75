package cn.gongkai.command.proactive;

import cn.gongkai.events.StreamIds;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentKind;

import java.time.LocalDate;

/** Record that a regulation or normative document was issued. */
public record IssueDocument(OrganId organ, DocumentId documentId, DocumentKind kind, LocalDate issuedOn)
        implements DocumentCommand {

    @Override
    public String aggregateId() {
        return StreamIds.document(organ, documentId);
    }

    @Override
    public LocalDate businessDate() {
        return issuedOn;
    }
}
