package cn.gongkai.events.fold;

import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.ProactiveEvent;
import cn.gongkai.events.report.DocumentFact;

import java.time.LocalDate;

/**
 * A proactively disclosed document's facts for table 二 as far as its events have gone. Proactive events that are not
 * about one document (stocks, decision tallies, fees) leave it as it is.
 */
public record DocumentState(DocumentKind kind, LocalDate issuedOn, LocalDate repealedOn) {

    /** Before any event of the document. */
    public static final DocumentState NONE = new DocumentState(null, null, null);

    /** The state after the event; this very state when the event is not about a document. */
    public DocumentState evolve(ProactiveEvent event) {
        if (event instanceof DocumentIssued issued) {
            return new DocumentState(issued.kind(), issued.issuedOn(), repealedOn);
        }
        if (event instanceof DocumentRepealed repealed) {
            return new DocumentState(repealed.kind(), issuedOn, repealed.repealedOn());
        }
        return this;
    }

    /** The fact the counting rules read. */
    public DocumentFact fact() {
        return new DocumentFact(kind, issuedOn, repealedOn);
    }
}
