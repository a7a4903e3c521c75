package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad queries, parameters, paths and bodies for every endpoint besides the events one (which
 * {@link HostileInputTest} covers), sent over a plain socket so that even a path no client would send arrives: each
 * is answered with a 4xx RFC 9457 problem that says what was wrong, never a 5xx, an HTML page or an empty body, and
 * none logs an ERROR or a stack trace.
 * (An empty parameter, {@code scope=}, is the parameter left out, as Spring reads it; codes are read without regard
 * to case.)
 */
@ServiceOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class HostileQueriesTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("hostile_queries");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    /** One bad request. */
    record Query(String method, String target, String contentType, String body) {
    }

    @Test
    void every_bad_query_is_refused_with_a_problem_that_names_it(CapturedOutput log) {
        new Api(port).sendBatch(JuluSample.events());
        RawHttp http = new RawHttp(port, TestAccess.BOOTSTRAP_TOKEN);
        List<Query> queries = queries();
        int logBefore = log.getAll().length();

        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Query query : queries) {
            RawHttp.Answer answer = http.send(query.method(), query.target(), query.contentType(),
                    query.body() == null ? null : query.body().getBytes(StandardCharsets.UTF_8));
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = problemWith(answer);
            if (problem != null) {
                wrong.add(query.method() + " " + query.target() + " " + abbreviate(query.body()) + " -> "
                        + answer.status() + " " + problem + ": " + abbreviate(answer.body()));
            }
        }
        System.out.printf("%d hostile queries answered: %s%n", queries.size(), statuses);

        assertThat(queries).hasSizeGreaterThanOrEqualTo(450);
        assertThat(wrong).as("queries not refused with a problem naming the cause").isEmpty();
        assertThat(ServiceLog.alarming(log.getAll().substring(logBefore))).as("errors and stack traces logged")
                .isEmpty();
    }

    @Test
    void pages_forbid_foreign_and_inline_scripts_and_metrics_ask_for_a_token() {
        new Api(port).sendBatch(JuluSample.events());
        RawHttp http = new RawHttp(port, TestAccess.BOOTSTRAP_TOKEN);

        for (String page : List.of("/", "/index.html", "/report.html",
                "/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=html")) {
            RawHttp.Answer answer = http.send("GET", page, null, null);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.headers().get("content-security-policy")).as(page)
                    .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'self'");
            assertThat(answer.headers()).as(page).containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("referrer-policy", "same-origin");
        }
        assertThat(new RawHttp(port, "").send("GET", "/actuator/prometheus", null, null).status()).isEqualTo(401);
    }

    private static String problemWith(RawHttp.Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return "not a 4xx";
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem details (" + answer.contentType() + ")";
        }
        JsonNode problem = new Api(0).read(answer.body());
        if (!problem.path("type").asText().startsWith("urn:gongkai:problem:")) {
            return "no urn:gongkai:problem type";
        }
        if (problem.path("detail").asText().isBlank() || problem.path("title").asText().isBlank()
                || problem.path("status").asInt() != answer.status()) {
            return "problem without title, detail or status";
        }
        if (answer.body().contains("Exception") || answer.body().contains("\tat ")) {
            return "exception text in the answer";
        }
        return null;
    }

    private static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        String organ = "/api/v1/organs/" + JuluSample.ORGAN;
        List<String> moments = List.of("+99999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2025-01-01",
                "2025-01-01T00:00:00", "yesterday", "", "2099-01-01T00:00:00Z", "1999-01-01T00:00:00Z",
                "2025-13-01T00:00:00Z", "2025-01-01T25:00:00Z", "2025-01-01T00:00:00%2B25:00", "1735689600",
                "2025-01-01T00:00:00.1234567890Z", "%00", "2025-01-01T00:00:00Z%0A", "0000-01-01T00:00:00Z",
                "-2025-01-01T00:00:00Z", "2025-W01", "2025-01-01%2000:00:00Z", "2025-01-01T00:00Z",
                "2025-01-01T00:00:00%2B0800", "%E4%BB%8A%E5%A4%A9", "2025-02-30T00:00:00Z", "NaN");
        String valid = "2025-12-31T16:00:00Z";
        for (String moment : moments) {
            for (String scope : List.of("self", "subtree")) {
                queries.add(get(organ + "/reports/2025?scope=" + scope + "&asOf=" + moment));
                queries.add(get(organ + "/reports/2025/cells/RECEIVED/TOTAL?scope=" + scope + "&asOf=" + moment));
                queries.add(get(organ + "/reports/2025/restatements?scope=" + scope + "&from=" + moment));
                queries.add(get(organ + "/reports/2025/restatements?scope=" + scope + "&from=" + valid + "&to="
                        + moment));
            }
        }
        for (String year : List.of("abc", "-1", "0", "2007", "2101", "99999", "1e3", "2025.0", "%EF%BC%92",
                "9999999999999", "2025abc")) {
            for (String path : List.of("/reports/" + year, "/reports/" + year + "/cells/RECEIVED/TOTAL",
                    "/reports/" + year + "/restatements?from=" + valid, "/reports/" + year + "?format=csv",
                    "/events?year=" + year)) {
                queries.add(get(organ + path));
            }
            queries.add(get(organ + "/dashboard?year=" + year));
            queries.add(get(organ + "/dashboard/stream?year=" + year));
            queries.add(new Query("POST", organ + "/year-close/" + year, "application/json", ""));
            queries.add(new Query("POST", organ + "/reports/" + year + "/publication", "application/json", ""));
        }
        for (String scope : List.of("all", "self,subtree", "%3Cx%3E", "subtree%00", "own", "parent")) {
            for (String path : List.of("/reports/2025", "/reports/2025/cells/RECEIVED/TOTAL",
                    "/reports/2025/restatements?from=" + valid, "/events")) {
                queries.add(get(organ + path + (path.contains("?") ? "&" : "?") + "scope=" + scope));
            }
        }
        // A year after the current one has no dashboard yet.
        int nextYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
        queries.add(get(organ + "/dashboard?year=" + nextYear));
        queries.add(get(organ + "/dashboard/stream?year=" + nextYear));
        for (String format : List.of("pdf", "JSON", "..%2Fx", "html;", "docx%00", "xlsx%20")) {
            queries.add(get(organ + "/reports/2025?format=" + format));
        }
        for (String fold : List.of("none", "FULL", "checkpoint%20")) {
            queries.add(get(organ + "/reports/2025?asOf=" + valid + "&fold=" + fold));
        }
        for (String unknown : List.of("no-such-organ", "x", "A".repeat(300), "%E4%B8%AD", "a.b", "%20", "-x",
                "organ%00", "%25", "__proto__")) {
            for (String path : List.of("/reports/2025", "/reports/2025/cells/RECEIVED/TOTAL",
                    "/reports/2025/restatements?from=" + valid, "/events", "/applications", "/dashboard")) {
                queries.add(get("/api/v1/organs/" + unknown + path));
            }
        }
        for (String cell : List.of("NO_SUCH_ROW/TOTAL", "RECEIVED/NO_SUCH", "received/total", "PROCESSING_FEE/TOTAL",
                "ADMINISTRATIVE_FEE/DECISIONS", "REGULATION/DECISIONS", "LICENSING/ISSUED", "%00/TOTAL",
                "RECEIVED/TOTAL%20", "REVIEW/NATURAL_PERSON")) {
            queries.add(get(organ + "/reports/2025/cells/" + cell));
            queries.add(get(organ + "/reports/2025/cells/" + cell + "?asOf=" + valid));
        }
        for (String position : List.of("-1", "abc", "1e99", "99999999999999999999", "1.5", "%00")) {
            queries.add(get(organ + "/events?position=" + position));
        }
        for (String status : List.of("closed", "open,overdue", "%00", "late")) {
            queries.add(get(organ + "/applications?status=" + status));
        }
        for (String id : List.of("no-such-operation", "0", "%00", "x".repeat(300))) {
            queries.add(get("/api/v1/operations/" + id));
            queries.add(new Query("DELETE", "/api/v1/credentials/" + id, null, null));
        }
        lintBodies(queries);
        credentialBodies(queries);
        rawPaths(queries);
        return queries;
    }

    private static void lintBodies(List<Query> queries) {
        for (String json : List.of("{}", "{\"applications\":\"x\"}", "{\"lastYear\":\"x\"}",
                "{\"narrative\":{\"OVERVIEW\":123}}", "{\"applications\":{\"RECEIVED\":\"x\"}}",
                "{\"applications\":{\"RECEIVED\":{\"TOTAL\":[]}}}", "[]", "null", "\"x\"", "42", "",
                "{\"applications\":{\"NO_ROW\":{\"TOTAL\":1}}}", "{\"applications\":{\"RECEIVED\":{\"TOTAL\":\"abc\"}}}",
                "{\"proactive\":{\"ADMINISTRATIVE_FEE\":{\"AMOUNT_10K_YUAN\":\"x\"}}}",
                "{\"applications\":{},\"applications\":{}}", "{", "{\"applications\":{\"RECEIVED\":{\"TOTAL\":1e400}}}",
                "[" + "9".repeat(5_000) + "]", "[".repeat(2_000) + "]".repeat(2_000), "{\"organ\":\"x\",\"year\":2025}",
                "{\"applications\":{\"RECEIVED\":{\"TOTAL\":1}},\"lastYear\":[]}", "{\"narrative\":[\"x\"]}",
                "{\"reviewsAndLawsuits\":{\"REVIEW\":{\"UPHELD\":true}}}", "{\"applications\":null}")) {
            queries.add(new Query("POST", "/api/v1/reports/lint", "application/json", json));
        }
        for (String csv : List.of("table,row", "", "a", "table,row,column,label,value", "x,y,z,w,v",
                "applications,RECEIVED,TOTAL,label", "\"unterminated", "applications,RECEIVED,TOTAL,,abc",
                "applications,NO_ROW,TOTAL,,1", "narrative,OVERVIEW,TEXT,,1,extra")) {
            queries.add(new Query("POST", "/api/v1/reports/lint", "text/csv", csv));
        }
        queries.add(new Query("POST", "/api/v1/reports/lint", "text/xml", "<report/>"));
        queries.add(new Query("POST", "/api/v1/reports/lint", "application/x-www-form-urlencoded", "a=b"));
    }

    private static void credentialBodies(List<Query> queries) {
        for (String json : List.of("{\"subject\":123,\"roles\":[\"AUDITOR\"]}",
                "{\"subject\":\"x\",\"roles\":[\"AUDITOR\"],\"validForDays\":\"10\"}",
                "{\"subject\":\"x\",\"roles\":\"AUDITOR\"}", "{\"subject\":\"x\",\"roles\":[1]}",
                "{\"subject\":\"x\",\"roles\":[\"NOPE\"]}", "{}", "", "[]", "null", "\"x\"",
                "{\"subject\":\"x\",\"roles\":[\"AUDITOR\"],\"validForDays\":1.5}",
                "{\"subject\":\"x\",\"roles\":[\"AUDITOR\"],\"extra\":1}",
                "{\"subject\":\"x\",\"roles\":[\"AUDITOR\"],\"validForDays\":99999}",
                "{\"subject\":\"x\",\"subject\":\"y\",\"roles\":[\"AUDITOR\"]}",
                "{\"subject\":\"x\",\"roles\":[\"DEPARTMENT\"]}", "{\"subject\":\"\",\"roles\":[\"AUDITOR\"]}",
                "{\"subject\":\"x\",\"roles\":[\"AUDITOR\"],\"validForDays\":-1}", "{",
                "{\"subject\":\"x\",\"roles\":[\"AUDITOR\"],\"organs\":\"a\"}")) {
            queries.add(new Query("POST", "/api/v1/credentials", "application/json", json));
        }
        queries.add(new Query("POST", "/api/v1/credentials", "text/plain", "subject=x"));
    }

    private static void rawPaths(List<Query> queries) {
        for (String path : List.of("/api/v1/organs/%zz/reports/2025", "/api/v1/organs/%/reports/2025",
                "/api/v1//organs", "/api/v1/./organs", "/api/v1/organs;x=1", "/api/v1/organs/%2e%2e/reports/2025",
                "/api/v1/organs/a%00b/reports/2025", "/api/v1/no-such-endpoint", "/api/v1/organs/x/reports/2025/unknown",
                "/api/v1/organs/..%2f/reports", "/api/v1/organs/%2F/reports/2025", "/api/v1/organs/a%5Cb/reports/2025",
                "/api/v2/organs", "/api/v1/organs/x/reports/2025/cells", "/api/v1/organs/x/../../etc/passwd",
                "/api/v1/organs/%E4/reports/2025")) {
            queries.add(get(path));
        }
        for (String method : List.of("DELETE", "PUT", "PATCH")) {
            queries.add(new Query(method, "/api/v1/organs", "application/json", "{}"));
            queries.add(new Query(method, "/api/v1/events", "application/json", "{}"));
            queries.add(new Query(method, "/api/v1/reports/lint", "application/json", "{}"));
        }
    }

    private static Query get(String target) {
        return new Query("GET", target, null, null);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
