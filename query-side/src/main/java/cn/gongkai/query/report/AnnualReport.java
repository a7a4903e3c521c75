package cn.gongkai.query.report;

import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.report.Finding;
import cn.gongkai.query.narrative.Publication;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report JSON of the contract (DESIGN §5): {@code proactive} is table 二, {@code applications} table 三,
 * {@code reviewsAndLawsuits} table 四, each keyed by the contract's row and column codes; {@code fees} is section
 * 六's information-processing fees; {@code narrative} the office's prose by section; {@code position} the stream
 * position the figures reflect; {@code asOf} the recorded moment of an as-of report (absent for the live one);
 * {@code digest} the SHA-256 of the events they rest on ({@link cn.gongkai.events.audit.EventDigest});
 * {@code findings} the consistency rules they break; {@code published}, once the report was published, the
 * frozen figures beside which the live ones stand, and each cell restated since.
 */
public record AnnualReport(String organ, String organName, int year, String scope, List<String> organs,
                           long position, Instant asOf, String digest, CountingRule caseCountingRule,
                           Map<String, Map<String, Object>> proactive,
                           Map<String, Map<String, Long>> applications,
                           Map<String, Map<String, Long>> reviewsAndLawsuits, Map<String, Object> fees,
                           Map<String, String> narrative, List<Finding> findings, Publication published) {

    /** The rule table 四 was counted by, with its description in the report's language. */
    public record CountingRule(String code, String description) {
    }

    public static AnnualReport of(ReportSnapshot report) {
        return of(report, null);
    }

    /** The figures of the tables and fees as strings, table → row → column: what a publication freezes. */
    public static Map<String, Map<String, Map<String, String>>> figures(ReportSnapshot report) {
        Map<String, Map<String, Map<String, String>>> figures = new LinkedHashMap<>();
        figures.put("proactive", strings(report.tables().proactive().asMap()));
        figures.put("applications", strings(report.tables().applications().asMap()));
        figures.put("reviewsAndLawsuits", strings(report.tables().cases().asMap()));
        figures.put("fees", strings(Map.of("PROCESSING_FEES", report.fees().asMap())));
        return figures;
    }

    private static Map<String, Map<String, String>> strings(Map<String, ? extends Map<String, ?>> table) {
        Map<String, Map<String, String>> strings = new LinkedHashMap<>();
        table.forEach((row, columns) -> {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((column, value) -> values.put(column, String.valueOf(value)));
            strings.put(row, values);
        });
        return strings;
    }

    public static AnnualReport of(ReportSnapshot report, Publication published) {
        Map<String, String> narrative = new LinkedHashMap<>();
        for (NarrativeSection section : NarrativeSection.values()) {
            String text = report.tables().narrative().get(section);
            if (text != null) {
                narrative.put(section.name(), text);
            }
        }
        return new AnnualReport(report.organ().organ(), report.organ().name(), report.year().value(),
                report.scope().name().toLowerCase(Locale.ROOT), report.organs(), report.position(),
                report.asOf(), report.digest(),
                new CountingRule(report.caseCountingRule().name(), report.caseCountingRule().description()),
                report.tables().proactive().asMap(), report.tables().applications().asMap(),
                report.tables().cases().asMap(), report.fees().asMap(), narrative, report.findings(), published);
    }
}
