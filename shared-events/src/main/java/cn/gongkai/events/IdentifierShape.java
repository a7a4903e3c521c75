package cn.gongkai.events;

/**
 * The shape of the identifiers events carry: 1 to {@code maxLength} ASCII characters, the first a letter or digit,
 * the others letters, digits or one of {@code punctuation}. Checked by hand rather than by a regular expression: every
 * event decoded or ingested builds several identifiers, and the matcher was a few per cent of a rebuild.
 */
public record IdentifierShape(int maxLength, String punctuation) {

    public boolean matches(String value) {
        if (value == null || value.isEmpty() || value.length() > maxLength || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
