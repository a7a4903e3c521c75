package cn.gongkai.query.projection.fold;

import java.util.Map;

/**
 * What one event does to one row of a statistics table, in the table's own columns (SQL values: dates as
 * {@link java.sql.Date}, codes as their names). The live projection writes it through
 * {@link cn.gongkai.query.projection.FactTable}; a bulk rebuild applies it to rows held in memory. Both follow the
 * same rules, so a table rebuilt from the first event equals the table kept live.
 *
 * @param table    the table's name
 * @param key      the row's key columns and values
 * @param values   the columns the event sets; a value may be {@link Appended}, a text added to the column's current one
 * @param kind     how the row is changed
 * @param position the event's position in the stream (the row's {@code last_position}); unused for a fact set once
 */
public record FactChange(String table, Map<String, Object> key, Map<String, Object> values, Kind kind, long position) {

    /** How an event changes a row. */
    public enum Kind {
        /** Inserts the row, or sets its values unless a later event already did. */
        UPSERT,
        /** Sets the values of a row that exists, unless a later event already did; a missing row stays missing. */
        UPDATE,
        /** Inserts a fact that never changes once recorded; a row already there stays as it was. */
        INSERT_ONCE
    }

    /**
     * A text added to a column's current value: {@code first} when the column is empty, otherwise the current value
     * followed by {@code next}.
     */
    public record Appended(String first, String next) {

        public String to(Object current) {
            return current == null || current.toString().isEmpty() ? first : current + next;
        }
    }
}
