package cn.gongkai.command.ingest;

/** The answer for one event of an accepted request. */
public record EventResult(int index, String source, String id, EventStatus status) {
}
