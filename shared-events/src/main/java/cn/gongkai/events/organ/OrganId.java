package cn.gongkai.events.organ;

import cn.gongkai.events.IdentifierShape;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * An organ (机关): its 统一社会信用代码 (18 characters) or a local code of letters, digits, '.', '_' and '-'.
 */
public record OrganId(@JsonValue String value) {

    private static final IdentifierShape SHAPE = new IdentifierShape(64, "._-");

    public OrganId {
        if (!SHAPE.matches(value)) {
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
