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

    /** What a document number (文号) may hold besides letters and digits of any script: its usual brackets and marks. */
    private static final String PUNCTUATION = "〔〕［］[]（）()【】〈〉《》、·・.-_:：";

    /**
     * A document number as a department sends it: 1 to {@value #MAX_LENGTH} characters, letters (Chinese included)
     * and digits, the brackets and marks document numbers use ({@code 巨政办规〔2025〕17号}), starting with a letter or
     * digit; no spaces, quotes, slashes or template characters. Events recorded before this rule keep theirs.
     */
    public static DocumentId parse(String value) {
        DocumentId id = new DocumentId(value);
        if (!Character.isLetterOrDigit(value.codePointAt(0)) || !value.codePoints().allMatch(
                c -> Character.isLetterOrDigit(c) || PUNCTUATION.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("documentId must be a document number of letters, digits and "
                    + "the marks " + PUNCTUATION + ", starting with a letter or digit, e.g. 巨政办规〔2025〕17号");
        }
        return id;
    }

    @Override
    public String toString() {
        return value;
    }
}
