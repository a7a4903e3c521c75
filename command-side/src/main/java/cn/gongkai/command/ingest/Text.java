package cn.gongkai.command.ingest;

/**
 * Identifiers and names must be visible text: no control, format or unassigned characters hiding in them. Prose
 * may also break lines.
 */
final class Text {

    private Text() {
    }

    static String prose(String value, String field, int maxLength) {
        return check(value, field, maxLength, true);
    }

    static String printable(String value, String field, int maxLength) {
        return check(value, field, maxLength, false);
    }

    /**
     * Envelope attributes (id, source, type) are keys compared byte for byte: only visible ASCII, so no look-alike
     * letter from another script (a Cyrillic 'а' for a Latin 'a') can make a second key that reads as the first.
     */
    static String visibleAscii(String value, String field, int maxLength) {
        check(value, field, maxLength, false);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new InvalidEvent("INVALID_VALUE", field, String.format("'%s' must be visible ASCII; it holds "
                        + "U+%04X at position %d, which may look like another character", field, (int) c, i));
            }
        }
        return value;
    }

    private static String check(String value, String field, int maxLength, boolean lineBreaks) {
        if (value.isBlank()) {
            throw new InvalidEvent("INVALID_VALUE", field, "'" + field + "' must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidEvent("INVALID_VALUE", field,
                    "'" + field + "' is " + value.length() + " characters long; at most " + maxLength + " are allowed");
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean allowedBreak = lineBreaks && (codePoint == '\n' || codePoint == '\t' || codePoint == '\r');
            if ((!allowedBreak && type == Character.CONTROL) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                throw new InvalidEvent("INVALID_VALUE", field, String.format(
                        "'%s' contains the invisible or control character U+%04X at position %d", field, codePoint, i));
            }
            i += Character.charCount(codePoint);
        }
        return value;
    }
}
