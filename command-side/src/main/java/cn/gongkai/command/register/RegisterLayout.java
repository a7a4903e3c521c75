package cn.gongkai.command.register;

import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a register's columns are: its heading row (the first that names at least {@link #HEADINGS_TO_RECOGNISE} of
 * the columns, so a title above it is passed over) and the column of each field, by the organ's mapping, then the
 * default headings and their common variants.
 */
record RegisterLayout(int headingRow, Map<RegisterField, Integer> columns, List<String> headings) {

    static final int HEADINGS_TO_RECOGNISE = 3;
    static final int ROWS_SEARCHED = 20;

    static RegisterLayout of(RegisterSheet sheet, RegisterMapping mapping) {
        Map<String, RegisterField> known = knownHeadings(mapping);
        List<RegisterSheet.Row> rows = sheet.rows();
        for (int i = 0; i < Math.min(ROWS_SEARCHED, rows.size()); i++) {
            Map<RegisterField, Integer> columns = columns(rows.get(i), known);
            if (columns.size() >= HEADINGS_TO_RECOGNISE) {
                return complete(rows.get(i), columns);
            }
        }
        throw new UnreadableRegister("no heading row found in the first " + ROWS_SEARCHED + " rows: a register's "
                + "headings are " + Arrays.stream(RegisterField.values()).filter(RegisterField::requiredColumn)
                .map(RegisterField::heading).toList() + " (the blank template's), or those its saved mapping names");
    }

    Optional<Integer> column(RegisterField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The heading printed over the field's column. */
    String heading(RegisterField field) {
        Integer column = columns.get(field);
        return column == null ? field.heading() : headings.get(column);
    }

    /** The spreadsheet's letter for the field's column ("A" for the first). */
    String letter(RegisterField field) {
        Integer column = columns.get(field);
        return column == null ? "" : CellReference.convertNumToColString(column);
    }

    /** The rows below the heading row: the applications, but for the blank template's example row. */
    List<RegisterSheet.Row> applicationRows(RegisterSheet sheet) {
        int numbers = columns.get(RegisterField.NUMBER);
        return sheet.rows().stream().filter(row -> row.number() > headingRow)
                .filter(row -> !RegisterTemplate.EXAMPLE_NUMBER.equals(row.cell(numbers).strip())).toList();
    }

    private static Map<String, RegisterField> knownHeadings(RegisterMapping mapping) {
        Map<String, RegisterField> known = new HashMap<>();
        for (RegisterField field : RegisterField.values()) {
            field.otherHeadings().forEach(heading -> known.put(Wordings.normalised(heading), field));
        }
        for (RegisterField field : RegisterField.values()) {
            known.put(Wordings.normalised(field.heading()), field);
        }
        mapping.headings().forEach((heading, field) -> known.put(Wordings.normalised(heading), field));
        return known;
    }

    private static Map<RegisterField, Integer> columns(RegisterSheet.Row row, Map<String, RegisterField> known) {
        Map<RegisterField, Integer> columns = new EnumMap<>(RegisterField.class);
        for (int column = 0; column < row.cells().size(); column++) {
            RegisterField field = known.get(Wordings.normalised(row.cell(column)));
            if (field != null && !row.cell(column).isBlank()) {
                columns.putIfAbsent(field, column);
            }
        }
        return columns;
    }

    private static RegisterLayout complete(RegisterSheet.Row headingRow, Map<RegisterField, Integer> columns) {
        List<String> missing = new ArrayList<>();
        for (RegisterField field : RegisterField.values()) {
            if (field.requiredColumn() && !columns.containsKey(field)) {
                missing.add(field.heading());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableRegister("the heading row (row " + headingRow.number() + ") has no column for "
                    + missing + "; it reads " + headingRow.cells() + ". Rename the headings as the blank template "
                    + "has them, or save a mapping that names these columns");
        }
        return new RegisterLayout(headingRow.number(), Map.copyOf(columns), List.copyOf(headingRow.cells()));
    }
}
