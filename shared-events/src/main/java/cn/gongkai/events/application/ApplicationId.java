package cn.gongkai.events.application;

import cn.gongkai.events.IdentifierShape;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


/** A department's own identifier of one disclosure application, unique within its organ. */
public record ApplicationId(@JsonValue String value) {

    private static final IdentifierShape SHAPE = new IdentifierShape(128, "._:/-");

    public ApplicationId {
        if (!SHAPE.matches(value)) {
            throw new IllegalArgumentException(
                    "applicationId must be 1 to 128 ASCII letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit");
        }
    }

    @JsonCreator
    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
