package cn.gongkai.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;

/** What an auditor takes away from Gongkai: a report and the export of the events it rests on. */
record Audit(JsonNode report, String reportJson, List<String> exportLines) {

    /** Fetches the live report once it reflects the position, and the export cut at the report's position. */
    static Audit of(Api api, String organ, int year, long position) {
        JsonNode report = api.reportAtLeastAt(organ, year, position);
        String reportJson = api.get("/api/v1/organs/" + organ + "/reports/" + year).body();
        JsonNode sameReport = api.read(reportJson);
        String export = api.get("/api/v1/organs/" + organ + "/events?year=" + year + "&position="
                + sameReport.get("position").asLong()).body();
        return new Audit(report, reportJson, Arrays.stream(export.split("\n")).filter(l -> !l.isBlank()).toList());
    }
}
