package cn.gongkai.events.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** A department's own identifier of one disclosure application, unique within its organ. */
public record ApplicationId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:/-]{0,127}");

    public ApplicationId {
        if (value == null || !SHAPE.matcher(value).matches()) {
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
