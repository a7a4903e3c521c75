package cn.gongkai.command.ingest;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an event's {@code data} field by field, naming the field ({@code data.receivedOn}) in every error, and
 * refuses fields the contract does not define, so that a misspelt optional field is not silently dropped.
 */
final class DataFields {

    /** The Regulation took effect in 2008; no disclosure fact is older. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2008, 1, 1);
    /** The last day of the last reporting year; a later date is a typing error. */
    static final LocalDate LATEST_DATE = LocalDate.of(ReportingYear.LAST, 12, 31);
    /** Exactly four digits of year: {@code uuuu} alone would take "+99999-12-31". */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern MONEY = Pattern.compile("(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?");

    private final ObjectNode data;
    private final Set<String> read = new HashSet<>();

    DataFields(ObjectNode data) {
        this.data = data;
    }

    OrganId organ(String name) {
        return required(name, value -> parsed(name, value, OrganId::new));
    }

    OrganId optionalOrgan(String name) {
        return optional(name, value -> parsed(name, value, OrganId::new));
    }

    ApplicationId applicationId(String name) {
        return required(name, value -> parsed(name, value, ApplicationId::new));
    }

    String text(String name, int maxLength) {
        return required(name, value -> Text.printable(value, path(name), maxLength));
    }

    String optionalText(String name, int maxLength) {
        return optional(name, value -> Text.printable(value, path(name), maxLength));
    }

    LocalDate date(String name) {
        return required(name, value -> date(name, value));
    }

    <E extends Enum<E>> E code(String name, Class<E> codes) {
        return required(name, value -> code(name, value, codes));
    }

    <E extends Enum<E>> E optionalCode(String name, Class<E> codes) {
        return optional(name, value -> code(name, value, codes));
    }

    int integer(String name) {
        Integer value = optionalInteger(name);
        if (value == null) {
            throw new InvalidEvent("MISSING_FIELD", path(name), "'" + path(name) + "' is required");
        }
        return value;
    }

    Integer optionalInteger(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidEvent("WRONG_TYPE", path(name), "'" + path(name) + "' must be a whole number");
        }
        return node.intValue();
    }

    boolean bool(String name) {
        JsonNode node = node(name);
        if (node == null) {
            throw new InvalidEvent("MISSING_FIELD", path(name), "'" + path(name) + "' is required");
        }
        if (!node.isBoolean()) {
            throw new InvalidEvent("WRONG_TYPE", path(name), "'" + path(name) + "' must be true or false");
        }
        return node.booleanValue();
    }

    /** An amount in yuan, sent as a decimal string ("1234.50") so that no floating point touches it. */
    BigDecimal money(String name) {
        return required(name, value -> {
            if (!MONEY.matcher(value).matches()) {
                throw new InvalidEvent("INVALID_AMOUNT", path(name), "'" + path(name)
                        + "' must be an amount in yuan as a decimal string with at most two decimals, not \"" + value + "\"");
            }
            return new BigDecimal(value).stripTrailingZeros();
        });
    }

    /** Prose: any visible text, line breaks and tabs included. */
    String prose(String name, int maxLength) {
        return required(name, value -> Text.prose(value, path(name), maxLength));
    }

    <T> T identifier(String name, Function<String, T> constructor) {
        return required(name, value -> parsed(name, value, constructor));
    }

    <T> T optionalIdentifier(String name, Function<String, T> constructor) {
        return optional(name, value -> parsed(name, value, constructor));
    }

    private JsonNode node(String name) {
        read.add(name);
        JsonNode node = data.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** Call last: refuses every field that was not read. */
    void noOthers() {
        Iterator<String> names = data.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!read.contains(name)) {
                throw new InvalidEvent("EXTRA_FIELD", path(name),
                        "'" + path(name) + "' is not a field of this event type");
            }
        }
    }

    private <T> T required(String name, Function<String, T> parse) {
        T value = optional(name, parse);
        if (value == null) {
            throw new InvalidEvent("MISSING_FIELD", path(name), "'" + path(name) + "' is required");
        }
        return value;
    }

    private <T> T optional(String name, Function<String, T> parse) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidEvent("WRONG_TYPE", path(name), "'" + path(name) + "' must be a string");
        }
        return parse.apply(node.asText());
    }

    private static <T> T parsed(String name, String value, Function<String, T> constructor) {
        try {
            return constructor.apply(Text.printable(value, path(name), 256));
        } catch (IllegalArgumentException e) {
            throw new InvalidEvent("INVALID_VALUE", path(name), "'" + path(name) + "': " + e.getMessage());
        }
    }

    private static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            date = LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidEvent("INVALID_DATE", path(name),
                    "'" + path(name) + "' must be a date YYYY-MM-DD, not \"" + value + "\"");
        }
        if (date.isBefore(EARLIEST_DATE)) {
            throw new InvalidEvent("DATE_OUT_OF_RANGE", path(name),
                    "'" + path(name) + "' is " + date + ", before the Regulation's time (" + EARLIEST_DATE + ")");
        }
        if (date.isAfter(LATEST_DATE)) {
            throw new InvalidEvent("DATE_OUT_OF_RANGE", path(name),
                    "'" + path(name) + "' is " + date + ", after the last reporting year Gongkai keeps ("
                            + ReportingYear.LAST + ")");
        }
        return date;
    }

    private static <E extends Enum<E>> E code(String name, String value, Class<E> codes) {
        for (E code : codes.getEnumConstants()) {
            if (code.name().equals(value)) {
                return code;
            }
        }
        throw new InvalidEvent("UNKNOWN_CODE", path(name), "'" + path(name) + "' is \"" + value
                + "\"; expected one of " + Arrays.toString(codes.getEnumConstants()));
    }

    private static String path(String name) {
        return "data." + name;
    }
}
