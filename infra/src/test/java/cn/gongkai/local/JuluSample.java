package cn.gongkai.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Table 三 as published, with the two wrong 总计 cells put right: row code, then column code, then value. */
    static Map<String, Map<String, Long>> expectedApplicationsTable() {
        String[] lines = new String(resource("/samples/julu-2025-applications.csv"), StandardCharsets.UTF_8)
                .split("\n");
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.trim().split(",");
            if (columns.isEmpty()) {
                columns.addAll(List.of(cells).subList(1, cells.length));
                continue;
            }
            Map<String, Long> row = new LinkedHashMap<>();
            for (int i = 1; i < cells.length; i++) {
                row.put(columns.get(i - 1), Long.parseLong(cells[i]));
            }
            rows.put(cells[0], row);
        }
        return rows;
    }

    /** Compares every cell of the report's table 三 with the published figures. */
    static void assertEveryCellMatches(JsonNode report) {
        Map<String, Map<String, Long>> expected = expectedApplicationsTable();
        assertThat(expected).hasSize(25);
        JsonNode table = report.get("applications");
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((row, columns) -> columns.forEach((column, value) ->
                assertThat(table.at("/" + row + "/" + column).asLong(-1))
                        .as("applications %s / %s", row, column)
                        .isEqualTo(value)));
        assertThat(report.get("findings")).isEmpty();
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
