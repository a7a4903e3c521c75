package cn.gongkai.command.ingest;

import java.util.List;

/**
 * The answer to an accepted request: {@code position} is the stream position of the last event appended (or the
 * head of the stream when nothing new was appended), so a client can wait until a report reflects it.
 */
public record IngestionReceipt(long position, int appended, int unchanged, int duplicates,
                               List<EventResult> events) {

    public static IngestionReceipt of(long position, List<EventResult> events) {
        return new IngestionReceipt(position, count(events, EventStatus.APPENDED),
                count(events, EventStatus.UNCHANGED), count(events, EventStatus.DUPLICATE), List.copyOf(events));
    }

    private static int count(List<EventResult> events, EventStatus status) {
        return (int) events.stream().filter(e -> e.status() == status).count();
    }
}
