package cn.gongkai.query.report.render;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 CSV through Apache Commons CSV: records ended by CRLF, fields quoted where they hold commas, quotes or
 * breaks. The report's CSV rendering writes it and the linter reads it back.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    /** The records as CSV text, each ended by CRLF. */
    public static String write(List<List<String>> records) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = FORMAT.print(text)) {
            printer.printRecords(records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV to memory", e);
        }
        return text.toString();
    }

    /**
     * The records of a CSV text; a leading byte-order mark is ignored, blank lines are skipped. Text that is not
     * RFC 4180 (a quote left open, text after a closing quote) is refused, saying where.
     */
    public static List<List<String>> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            return parser.stream().map(CSVRecord::toList).filter(record -> !blank(record)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the CSV cannot be read as RFC 4180: " + message(e));
        }
    }

    private static boolean blank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static String message(Exception e) {
        return e instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause().getMessage() : e.getMessage();
    }
}
