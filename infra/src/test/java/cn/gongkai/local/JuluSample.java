package cn.gongkai.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Julu county government office's 2025 sample: the events the service ships, and the figures it must give. */
final class JuluSample {

    static final String ORGAN = "julu-county-government-office";
    static final int YEAR = 2025;

    private JuluSample() {
    }

    /** The sample year as one batch of CloudEvents, exactly as the service loads it. */
    static byte[] events() {
        return resource("/samples/julu-2025.json");
    }

    /** Every published figure, one cell a line (table, row, column, value), the two wrong 总计 cells put right. */
    static List<Cell> expectedCells() {
        String[] lines = new String(resource("/samples/julu-2025-expected.csv"), StandardCharsets.UTF_8).split("\n");
        List<Cell> cells = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("table,")) {
                continue;
            }
            String[] parts = line.trim().split(",");
            cells.add(new Cell(parts[0], parts[1], parts[2], parts[3]));
        }
        return cells;
    }

    /** Compares every cell of tables 二, 三 and 四 with the published figures; the report must break no rule. */
    static void assertEveryCellMatches(JsonNode report) {
        List<Cell> expected = expectedCells();
        assertThat(expected).hasSize(200);
        for (Cell cell : expected) {
            assertThat(report.at("/" + cell.table() + "/" + cell.row() + "/" + cell.column()).asText())
                    .as("%s %s / %s", cell.table(), cell.row(), cell.column())
                    .isEqualTo(cell.value());
        }
        assertThat(report.get("applications").size()).isEqualTo(25);
        assertThat(report.get("findings")).isEmpty();
    }

    /** One published figure. */
    record Cell(String table, String row, String column, String value) {
    }

    private static byte[] resource(String path) {
        try (InputStream in = JuluSample.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
