package cn.gongkai.command.append;

import org.axonframework.messaging.MetaData;

/**
 * The CloudEvent behind a stored event: its {@code source}, {@code id} and {@code type}, kept as the event's meta
 * data for provenance. Never anything about the applicant.
 */
public record Origin(String source, String id, String type) {

    public static final String SOURCE = "ceSource";
    public static final String ID = "ceId";
    public static final String TYPE = "ceType";

    MetaData metaData() {
        return MetaData.with(SOURCE, source).and(ID, id).and(TYPE, type);
    }
}
