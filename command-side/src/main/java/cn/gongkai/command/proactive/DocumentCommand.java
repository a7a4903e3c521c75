package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.events.proactive.DocumentId;

/** An assertion about one regulation or normative document: its issue or its repeal. */
public sealed interface DocumentCommand extends OrganCommand permits IssueDocument, RepealDocument {

    DocumentId documentId();
}
