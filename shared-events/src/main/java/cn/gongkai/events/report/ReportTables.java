package cn.gongkai.events.report;

import cn.gongkai.events.narrative.NarrativeSection;

import java.util.Map;

/**
 * The figures of one annual report, or any subset of them (a linted report may hold only some tables): each
 * table is null where absent; the narrative maps a section to its text.
 */
public record ReportTables(ApplicationsTable applications, ProactiveTable proactive, CaseTable cases,
                           Map<NarrativeSection, String> narrative) {

    public ReportTables {
        narrative = narrative == null ? Map.of() : Map.copyOf(narrative);
    }
}
