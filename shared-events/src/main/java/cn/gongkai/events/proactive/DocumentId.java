package cn.gongkai.events.proactive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a regulation or normative document, e.g. its document number (文号). */
public record DocumentId(@JsonValue String value) {

    public static final int MAX_LENGTH = 128;

    public DocumentId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH || !value.strip().equals(value)) {
            throw new IllegalArgumentException("documentId must be 1 to " + MAX_LENGTH
                    + " characters without leading or trailing spaces");
        }
    }

    @JsonCreator
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
