package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.events.kafka.PositionRange;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;

/**
 * The store from a position to another as JSON Lines ({@link KafkaContract#EXPORT_VALUE}): each event with the
 * headers its record on the events topic carries, the positions that hold no event, and last the position reached.
 * Read in slices of positions, so that neither side holds more than a slice and no transaction stays open.
 */
final class StoreExport {

    static final int SLICE = 1_000;
    private static final String ROWS = "select " + StoredRow.COLUMNS + " from domainevententry "
            + "where globalIndex >= ? and globalIndex <= ? order by globalIndex";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    StoreExport(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The last position in the store now; below the first position when it is empty. */
    long head() {
        Long head = jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);
        return head == null ? KafkaContract.FIRST_POSITION - 1 : head;
    }

    /** Writes the positions {@code from} to {@code to}, flushing after every slice. */
    void write(long from, long to, OutputStream out) throws IOException {
        for (long first = from; first <= to; first += SLICE) {
            long last = Math.min(to, first + SLICE - 1);
            List<StoredRow> rows = jdbc.query(ROWS, (row, n) -> StoredRow.read(row), first, last);
            long expected = first;
            for (StoredRow row : rows) {
                if (row.position() > expected) {
                    line(out, absent(new PositionRange(expected, row.position() - 1)));
                }
                line(out, event(row));
                expected = row.position() + 1;
            }
            if (expected <= last) {
                line(out, absent(new PositionRange(expected, last)));
            }
            out.flush();
        }
        line(out, json.createObjectNode().put(KafkaContract.WATERMARK, Long.toString(to)));
        out.flush();
    }

    private ObjectNode event(StoredRow row) {
        ObjectNode line = json.createObjectNode();
        row.text().forEach(line::put);
        if (row.metaData() != null) {
            line.put(KafkaContract.META_DATA, Base64.getEncoder().encodeToString(row.metaData()));
        }
        line.put(KafkaContract.EXPORT_VALUE, Base64.getEncoder().encodeToString(row.payload()));
        return line;
    }

    private ObjectNode absent(PositionRange range) {
        return json.createObjectNode().put(KafkaContract.ABSENT, range.toString());
    }

    private void line(OutputStream out, ObjectNode line) throws IOException {
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
    }
}
