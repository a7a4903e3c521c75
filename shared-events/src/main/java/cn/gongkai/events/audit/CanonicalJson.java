package cn.gongkai.events.audit;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of an event, the input of every digest, defined so that anyone can recompute it: an object's
 * keys sorted by UTF-16 code units, no white space, strings escaped as RFC 8259 requires (only the quotation mark,
 * the reverse solidus and characters below U+0020, the latter as a six-character escape, backslash, 'u' and four
 * lower-case hex digits), numbers in plain decimal without
 * exponent or trailing fractional zeros; dates as {@code "YYYY-MM-DD"} strings, instants in ISO-8601 UTC; absent
 * (null) fields left out; identifiers and codes as their string value; a record as the object of its components.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString());
        } else if (value instanceof LocalDate || value instanceof Instant || value instanceof Enum<?>) {
            writeString(value.toString(), out);
        } else if (value instanceof Record record) {
            writeRecord(record, out);
        } else {
            throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName());
        }
    }

    private static void writeRecord(Record record, StringBuilder out) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length == 1 && components[0].getType() == String.class) {
            writeString(record.toString(), out);
            return;
        }
        if (components.length == 1 && components[0].getType() == int.class) {
            out.append(record);
            return;
        }
        Map<String, Object> fields = new TreeMap<>();
        for (RecordComponent component : components) {
            try {
                Object field = component.getAccessor().invoke(record);
                if (field != null) {
                    fields.put(component.getName(), field);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        writeObject(fields, out);
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                sorted.put(key.toString(), value);
            }
        });
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
        }
        out.append('}');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
