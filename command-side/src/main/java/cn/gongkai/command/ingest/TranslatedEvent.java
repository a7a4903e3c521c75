package cn.gongkai.command.ingest;

import cn.gongkai.command.rules.TargetsAggregate;

/** A readable event and the command that asserts it. */
record TranslatedEvent(CloudEvent event, TargetsAggregate command) {
}
