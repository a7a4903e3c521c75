package cn.gongkai.command.register;

import java.util.List;

/**
 * A register as read from its file: every non-blank row with the text of its cells, as the office sees them (a date
 * cell as {@code YYYY-MM-DD}, a number without a trailing ".0").
 *
 * @param format the file's format
 * @param rows   the rows in order, each with its number as the spreadsheet shows it (from 1)
 */
record RegisterSheet(RegisterFormat format, List<Row> rows) {

    /** One row: its number as the spreadsheet shows it, and its cells' text from column A ("" for a blank). */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
