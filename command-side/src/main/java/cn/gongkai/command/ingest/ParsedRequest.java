package cn.gongkai.command.ingest;

import java.util.List;

/** The events of a request that could be read, and the refusals of those that could not. */
public record ParsedRequest(int submitted, List<CloudEvent> events, List<EventRefusal> refusals) {
}
