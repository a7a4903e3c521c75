package cn.gongkai.events.organ;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An organ (机关): its 统一社会信用代码 (18 characters) or a local code of letters, digits, '.', '_' and '-'.
 */
public record OrganId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    public OrganId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "organ must be 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @JsonCreator
    public static OrganId of(String value) {
        return new OrganId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
