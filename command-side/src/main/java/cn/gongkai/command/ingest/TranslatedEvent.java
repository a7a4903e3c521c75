package cn.gongkai.command.ingest;

/** A readable event and the command that asserts it. */
record TranslatedEvent(CloudEvent event, Object command) {
}
