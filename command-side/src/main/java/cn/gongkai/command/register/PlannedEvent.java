package cn.gongkai.command.register;

import cn.gongkai.command.ingest.EventStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An event a register row asserts, and what became (or, in a dry run, would become) of it: appended, unchanged
 * (the fact already holds), or a duplicate of the same key imported before.
 */
public record PlannedEvent(int row, String source, String id, String type, ObjectNode data, EventStatus status) {
}
