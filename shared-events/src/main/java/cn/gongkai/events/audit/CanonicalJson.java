package cn.gongkai.events.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
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

    /**
     * A value already in canonical JSON, written as it is: lets a caller render the costly part of a line once, ahead
     * of the parts it learns later (an event's data before its position is drawn).
     */
    public record Rendered(String json) {
    }

    public static Rendered rendered(Object value) {
        return new Rendered(of(value));
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Rendered rendered) {
            out.append(rendered.json());
        } else if (value instanceof Map<?, ?> map) {
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
        RecordLayout layout = LAYOUTS.get(record.getClass());
        if (layout.singleString()) {
            writeString(record.toString(), out);
            return;
        }
        if (layout.singleInt()) {
            out.append(record);
            return;
        }
        out.append('{');
        boolean first = true;
        for (int i = 0; i < layout.names().length; i++) {
            Object field = layout.read(record, i);
            if (field == null) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(layout.names()[i], out);
            out.append(':');
            write(field, out);
        }
        out.append('}');
    }

    /** Each record class's components, read once: their names in canonical (sorted) order and their accessors. */
    private static final ClassValue<RecordLayout> LAYOUTS = new ClassValue<>() {
        @Override
        protected RecordLayout computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            RecordComponent[] sorted = components.clone();
            Arrays.sort(sorted, Comparator.comparing(RecordComponent::getName));
            String[] names = new String[sorted.length];
            Method[] accessors = new Method[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                names[i] = sorted[i].getName();
                accessors[i] = sorted[i].getAccessor();
                accessors[i].trySetAccessible();
            }
            boolean single = components.length == 1;
            return new RecordLayout(names, accessors, single && components[0].getType() == String.class,
                    single && components[0].getType() == int.class);
        }
    };

    private record RecordLayout(String[] names, Method[] accessors, boolean singleString,
                                boolean singleInt) {

        Object read(Record record, int component) {
            try {
                return accessors[component].invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + names[component] + " of " + record.getClass(), e);
            }
        }
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
