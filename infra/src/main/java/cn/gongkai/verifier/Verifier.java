package cn.gongkai.verifier;

import cn.gongkai.events.EventTypes;
import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.audit.Books;
import cn.gongkai.events.audit.EventDigest;
import cn.gongkai.events.audit.ExportLine;
import cn.gongkai.events.report.AssembledReport;
import cn.gongkai.events.report.CaseCountingRule;
import cn.gongkai.events.report.Finding;
import cn.gongkai.events.report.ReportTables;
import cn.gongkai.events.calendar.ReportingYear;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The independent verifier: given an event export (JSON Lines) and a report (JSON), it recomputes every figure and
 * the digest from the export alone, with the counting rules and report assembler of shared-events and none of the
 * service's projections, and prints MATCH or each differing cell (and each finding of the consistency rules that
 * one side names and the other does not). Exit status 0 on a match, 1 on a mismatch, 2 on unusable input.
 * <pre>java -jar gongkai-verifier.jar events.jsonl report.json</pre>
 */
public final class Verifier {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Verifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar gongkai-verifier.jar <events.jsonl> <report.json>");
            return 2;
        }
        try {
            List<String> differences = verify(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8),
                    Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            if (differences.isEmpty()) {
                out.println("MATCH");
                return 0;
            }
            out.println("MISMATCH");
            differences.forEach(out::println);
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }

    /** Every difference between the report and what the export implies; empty when they match. */
    public static List<String> verify(List<String> exportLines, String reportJson) throws IOException {
        JsonNode report = JSON.readTree(reportJson);
        long position = report.path("position").asLong(Long.MAX_VALUE);
        List<AuditedEvent> events = new ArrayList<>();
        for (int i = 0; i < exportLines.size(); i++) {
            if (!exportLines.get(i).isBlank()) {
                AuditedEvent event = event(exportLines.get(i), i + 1);
                if (event.position() <= position) {
                    events.add(event);
                }
            }
        }
        Books books = Books.fold(events);
        ReportingYear year = ReportingYear.of(report.path("year").asInt());
        CaseCountingRule rule = CaseCountingRule.valueOf(report.at("/caseCountingRule/code").asText());
        AssembledReport recomputed = books.report(year, rule, report.path("organ").asText());
        ReportTables tables = recomputed.tables();
        List<String> differences = new ArrayList<>();
        compare("proactive", tables.proactive().asMap(), report, differences);
        compare("applications", tables.applications().asMap(), report, differences);
        compare("reviewsAndLawsuits", tables.cases().asMap(), report, differences);
        compare("fees", Map.of("", recomputed.fees().asMap()), report, differences);
        if (report.has("findings")) {
            compareFindings(recomputed.findings(), report.get("findings"), differences);
        }
        String digest = EventDigest.of(events);
        if (!digest.equals(report.path("digest").asText())) {
            differences.add("digest: report " + report.path("digest").asText() + ", events " + digest);
        }
        return differences;
    }

    private static void compare(String table, Map<String, ? extends Map<String, ?>> recomputed, JsonNode report,
                                List<String> differences) {
        recomputed.forEach((row, columns) -> columns.forEach((column, value) -> {
            String path = "/" + table + (row.isEmpty() ? "" : "/" + row) + "/" + column;
            JsonNode reported = report.at(path);
            if (reported.isMissingNode() || !reported.asText().equals(String.valueOf(value))) {
                differences.add(path.substring(1) + ": report " + (reported.isMissingNode() ? "(absent)"
                        : reported.asText()) + ", events " + value);
            }
        }));
    }

    /** Each finding the report names that the events do not give, and each the events give that it does not name. */
    private static void compareFindings(List<Finding> recomputed, JsonNode reported, List<String> differences)
            throws IOException {
        List<Finding> named = new ArrayList<>();
        for (JsonNode finding : reported) {
            named.add(JSON.treeToValue(finding, Finding.class));
        }
        named.stream().filter(f -> !recomputed.contains(f))
                .forEach(f -> differences.add("findings: report " + describe(f) + ", events none"));
        recomputed.stream().filter(f -> !named.contains(f))
                .forEach(f -> differences.add("findings: report none, events " + describe(f)));
    }

    private static String describe(Finding finding) {
        return finding.rule() + " at " + finding.table() + "/" + finding.row() + "/" + finding.column() + " ("
                + finding.message() + ")";
    }

    private static AuditedEvent event(String line, int number) throws IOException {
        JsonNode node = JSON.readTree(line);
        String type = node.path("type").asText();
        Class<?> record = EventTypes.recordOf(type).orElseThrow(() ->
                new IllegalArgumentException("line " + number + ": unknown event type '" + type + "'"));
        String source = node.path("source").asText();
        return new AuditedEvent(node.path("position").asLong(), node.path("id").asText(), type,
                Instant.parse(node.path("recordedtime").asText()),
                ExportLine.STORE_SOURCE.equals(source) ? null : source,
                node.hasNonNull("sourceid") ? node.get("sourceid").asText() : null,
                JSON.treeToValue(node.get("data"), record));
    }
}
