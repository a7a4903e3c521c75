package cn.gongkai.events.review;

import cn.gongkai.events.IdentifierShape;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


/** The organ's own identifier of an administrative review or lawsuit case. */
public record CaseId(@JsonValue String value) {

    private static final IdentifierShape SHAPE = new IdentifierShape(128, "._:/-");

    public CaseId {
        if (!SHAPE.matches(value)) {
            throw new IllegalArgumentException(
                    "caseId must be 1 to 128 ASCII letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit");
        }
    }

    @JsonCreator
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
