package cn.gongkai.command.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as far as Gongkai reads it. {@code contentDigest} is the
 * SHA-256 of its canonical type and data: the same key with another digest is a conflict, not a duplicate.
 */
public record CloudEvent(int index, String id, String source, String type, ObjectNode data, String contentDigest) {

    public IngestionKey key() {
        return new IngestionKey(source, id);
    }
}
