package cn.gongkai.command.proactive;

import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentRepealed;

/** A document's issue and repeal as recorded so far, each at most once (null where not yet). */
public record DocumentState(DocumentIssued issue, DocumentRepealed repeal) {

    public static final DocumentState UNKNOWN = new DocumentState(null, null);
}
