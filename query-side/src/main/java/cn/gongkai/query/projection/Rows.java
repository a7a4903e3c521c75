package cn.gongkai.query.projection;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Column values in order, for {@link FactTable}: {@code Rows.of("organ", o, "received_on", d)}. */
public final class Rows {

    /** Whether a record class is an identifier (one component, written as its text); asked once per class. */
    private static final ClassValue<Boolean> IDENTIFIER = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && type.getRecordComponents().length == 1;
        }
    };

    private Rows() {
    }

    public static Map<String, Object> of(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], sqlValue(columnsAndValues[i + 1]));
        }
        return row;
    }

    private static Object sqlValue(Object value) {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof Record identifier && IDENTIFIER.get(identifier.getClass())) {
            return identifier.toString();
        }
        return value;
    }
}
