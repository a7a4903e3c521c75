package cn.gongkai.events.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** The organ's own identifier of an administrative review or lawsuit case. */
public record CaseId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:/-]{0,127}");

    public CaseId {
        if (value == null || !SHAPE.matcher(value).matches()) {
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
