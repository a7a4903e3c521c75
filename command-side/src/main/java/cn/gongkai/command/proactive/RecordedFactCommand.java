package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.OrganCommand;

/** A fact that stands alone under the name {@code factId} its sender gave it: a tally of decisions, a fee. */
public sealed interface RecordedFactCommand extends OrganCommand permits RecordDecisions, RecordFeeCollection {

    String factId();
}
