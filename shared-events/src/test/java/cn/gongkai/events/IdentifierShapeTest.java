package cn.gongkai.events;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The identifiers' hand-written shape check accepts exactly what their published patterns accept. */
class IdentifierShapeTest {

    static final String ALPHABET = "aZ09._:/-é٣ Ａ\t\n+*\\'\"中";

    @Test
    void the_shapes_agree_with_the_patterns_on_random_and_edge_strings() {
        check(new IdentifierShape(64, "._-"), Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}"));
        check(new IdentifierShape(128, "._:/-"), Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:/-]{0,127}"));
    }

    @Test
    void null_and_empty_are_refused() {
        assertThat(new IdentifierShape(64, "._-").matches(null)).isFalse();
        assertThat(new IdentifierShape(64, "._-").matches("")).isFalse();
    }

    private static void check(IdentifierShape shape, Pattern pattern) {
        Random random = new Random(20261203);
        for (int n = 0; n < 20_000; n++) {
            // given a string of a random length around the limit, mostly from characters near the edges of the shape
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(shape.maxLength() + 3);
            for (int i = 0; i < length; i++) {
                value.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            // then both judge it alike
            assertThat(shape.matches(value.toString())).as(value.toString())
                    .isEqualTo(pattern.matcher(value).matches());
        }
        for (String edge : new String[]{"a", "-a", ".", "a-", "A".repeat(shape.maxLength()),
                "A".repeat(shape.maxLength() + 1), "a:b", "a/b", "ａ", "a b"}) {
            assertThat(shape.matches(edge)).as(edge).isEqualTo(pattern.matcher(edge).matches());
        }
    }
}
