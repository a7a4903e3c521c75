package cn.gongkai.command.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A CloudEvents 1.0 event as far as Gongkai reads it, whichever mode and transport brought it. {@code contentDigest}
 * is the SHA-256 of its canonical type and data: the same key with another digest is a conflict, not a duplicate.
 * {@code extensions} are the extension attributes Gongkai keeps with the facts (see {@link EnvelopeRules#KEPT}).
 */
public record CloudEvent(int index, String id, String source, String type, ObjectNode data, String contentDigest,
                         Map<String, String> extensions) {

    public CloudEvent {
        extensions = Map.copyOf(extensions);
    }

    public IngestionKey key() {
        return new IngestionKey(source, id);
    }

    /** The same event at another place in a request. */
    public CloudEvent at(int newIndex) {
        return new CloudEvent(newIndex, id, source, type, data, contentDigest, extensions);
    }
}
