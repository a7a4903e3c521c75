package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, for every kind of caller, on its own organ, an organ under it and another organ, over real HTTP:
 * each answer is the expected 2xx, 401 or 403. An endpoint missing from the matrix fails the test, so a new one
 * cannot ship without its rule being decided.
 */
@ServiceOnPostgres
@AutoConfigureObservability
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("access_matrix");
    static final String OWN = "own-bureau";
    static final String CHILD = "own-bureau-office";
    static final String OTHER = "other-bureau";
    static final AtomicInteger IDS = new AtomicInteger();
    static final String REGISTER_MAPPING = "{\"headings\":{\"流水号\":\"NUMBER\"},\"outcomes\":{\"已提供\":\"DISCLOSED\"}}";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Who calls. */
    enum Who { NOBODY, GARBAGE_TOKEN, DEPARTMENT, VIEWER, AUDITOR, ADMIN, BOOTSTRAP }

    /** Which organ the request names: the credential's own, one under it, or another. */
    enum Target {
        OWN_ORGAN(OWN), CHILD_ORGAN(CHILD), OTHER_ORGAN(OTHER);

        final String organ;

        Target(String organ) {
            this.organ = organ;
        }
    }

    /** An endpoint's rule, as the expected answer for a caller and a target. */
    enum Rule {
        PUBLIC, ANY_CREDENTIAL, WRITE_EVENTS, READ_ORGAN, WRITE_ORGAN, AUDIT, ADMINISTRATION;

        int expected(Who who, Target target) {
            if (who == Who.GARBAGE_TOKEN) {
                return 401; // a token that is presented must be valid, even where none is needed (RFC 6750)
            }
            if (this == PUBLIC) {
                return 200;
            }
            if (who == Who.NOBODY) {
                return 401;
            }
            boolean admin = who == Who.ADMIN || who == Who.BOOTSTRAP;
            boolean permitted = switch (this) {
                case PUBLIC, ANY_CREDENTIAL -> true;
                case WRITE_EVENTS, WRITE_ORGAN -> admin || (who == Who.DEPARTMENT && target == Target.OWN_ORGAN);
                case READ_ORGAN -> admin || who == Who.AUDITOR
                        || ((who == Who.DEPARTMENT || who == Who.VIEWER) && target != Target.OTHER_ORGAN);
                case AUDIT -> admin || who == Who.AUDITOR;
                case ADMINISTRATION -> admin;
            };
            return permitted ? 200 : 403;
        }
    }

    /** One endpoint: its mapping as declared, the rule it follows, and a request for a target organ. */
    record Endpoint(String method, String pattern, Rule rule, boolean perOrgan, Function<Target, Call> call) {
    }

    /** A concrete request. */
    record Call(String method, String path, String contentType, byte[] body) {

        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call post(String path, String contentType, String body) {
            return new Call("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private String lintableReport;
    private String operationId;
    private final Map<String, String> importOperations = new HashMap<>();

    @BeforeAll
    void organsCredentialsAndAYearOfFacts() {
        Api admin = new Api(port);
        admin.sendBatch(("[" + String.join(",", organ(OWN, null), organ(CHILD, OWN), organ(OTHER, null)) + "]")
                .getBytes(StandardCharsets.UTF_8));
        long position = admin.sendBatch(("[" + String.join(",", received(OWN), received(CHILD), received(OTHER))
                + "]").getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        lintableReport = admin.reportAtLeastAt(OWN, 2025, position).toString();
        tokens.put(Who.GARBAGE_TOKEN, "not-a-token");
        tokens.put(Who.DEPARTMENT, issue(admin, "department system", "DEPARTMENT", OWN));
        tokens.put(Who.VIEWER, issue(admin, "disclosure office", "VIEWER", OWN));
        tokens.put(Who.AUDITOR, issue(admin, "audit bureau", "AUDITOR", null));
        tokens.put(Who.ADMIN, issue(admin, "operator", "ADMIN", null));
        tokens.put(Who.BOOTSTRAP, cn.gongkai.testing.TestAccess.BOOTSTRAP_TOKEN);
        for (String organ : List.of(OWN, CHILD, OTHER)) {
            admin.send("PUT", "/api/v1/organs/" + organ + "/register-mappings/matrix", "application/json",
                    REGISTER_MAPPING.getBytes(StandardCharsets.UTF_8));
            importOperations.put(organ, admin.read(admin.post("/api/v1/organs/" + organ
                    + "/register-imports?mode=DRY_RUN", "text/csv", ("编号,申请人类型,收到申请日期,答复日期,办理结果\n"
                    + "M-1,自然人,2025-03-03,,\n").getBytes(StandardCharsets.UTF_8)).body()).get("operation").asText());
        }
        operationId = admin.read(admin.post("/api/v1/operations/projection-rebuild", "application/json",
                new byte[0]).body()).get("id").asText();
    }

    List<Endpoint> endpoints() {
        String organs = "/api/v1/organs/{organ}";
        return List.of(
                page("/"), page("/index.html"), page("/report.html"), page("/clerk.html"),
                page("/js/dashboard.js"), page("/js/clerk.js"),
                page("/css/gongkai.css"), page("/webjars/echarts/echarts.min.js"), page("/v3/api-docs"),
                page("/swagger-ui/index.html"), page("/actuator/health"), page("/actuator/health/readiness"),
                read("/actuator/prometheus", Rule.AUDIT, false, t -> "/actuator/prometheus"),
                new Endpoint("POST", "/api/v1/events", Rule.WRITE_EVENTS, true,
                        t -> Call.post("/api/v1/events", Api.BATCH, "[" + received(t.organ) + "]")),
                new Endpoint("POST", "/api/v1/reports/lint", Rule.ANY_CREDENTIAL, false,
                        t -> Call.post("/api/v1/reports/lint", "application/json", lintableReport)),
                new Endpoint("POST", "/api/v1/reports/lint", Rule.ANY_CREDENTIAL, false,
                        t -> Call.post("/api/v1/reports/lint", "text/csv",
                                "table,row,column,label,value\napplications,RECEIVED,TOTAL,,1\n")),
                read("/api/v1/organs", Rule.ANY_CREDENTIAL, false, t -> "/api/v1/organs"),
                read("/api/v1/report-layout/applications", Rule.ANY_CREDENTIAL, false,
                        t -> "/api/v1/report-layout/applications"),
                read(organs + "/reports/{year}", Rule.READ_ORGAN, true, t -> at(t) + "/reports/2025"),
                read(organs + "/reports/{year}/cells/{row}/{column}", Rule.READ_ORGAN, true,
                        t -> at(t) + "/reports/2025/cells/RECEIVED/TOTAL"),
                read(organs + "/reports/{year}/cells/{row}/{column}/applications", Rule.READ_ORGAN, true,
                        t -> at(t) + "/reports/2025/cells/RECEIVED/TOTAL/applications"),
                read(organs + "/reports/{year}/restatements", Rule.READ_ORGAN, true,
                        t -> at(t) + "/reports/2025/restatements?from=2025-01-01T00:00:00Z"),
                read(organs + "/applications", Rule.READ_ORGAN, true, t -> at(t) + "/applications?status=open"),
                read(organs + "/dashboard", Rule.READ_ORGAN, true, t -> at(t) + "/dashboard"),
                read(organs + "/dashboard/stream", Rule.READ_ORGAN, true, t -> at(t) + "/dashboard/stream"),
                read(organs + "/events", Rule.AUDIT, true, t -> at(t) + "/events?year=2025"),
                new Endpoint("POST", organs + "/reports/{year}/publication", Rule.WRITE_ORGAN, true,
                        t -> Call.post(at(t) + "/reports/2025/publication", "application/json", "")),
                new Endpoint("POST", organs + "/year-close/{year}", Rule.WRITE_ORGAN, true,
                        t -> Call.post(at(t) + "/year-close/2025", "application/json", "")),
                new Endpoint("POST", organs + "/register-imports", Rule.WRITE_ORGAN, true,
                        t -> Call.post(at(t) + "/register-imports", "text/csv", "编号,申请人类型,收到申请日期,答复日期,"
                                + "办理结果\nM-1,自然人,2025-03-03,,\n")),
                new Endpoint("PUT", organs + "/register-mappings/{name}", Rule.WRITE_ORGAN, true,
                        t -> new Call("PUT", at(t) + "/register-mappings/matrix", "application/json",
                                REGISTER_MAPPING.getBytes(StandardCharsets.UTF_8))),
                read(organs + "/register-mappings/{name}", Rule.READ_ORGAN, true, t -> at(t)
                        + "/register-mappings/matrix"),
                read(organs + "/register-imports/{operation}", Rule.READ_ORGAN, true, t -> at(t)
                        + "/register-imports/" + importOperations.get(t.organ)),
                read("/api/v1/register-template", Rule.ANY_CREDENTIAL, false, t -> "/api/v1/register-template"),
                new Endpoint("POST", "/api/v1/audit/replay-verification", Rule.AUDIT, false,
                        t -> Call.post("/api/v1/audit/replay-verification", "application/json", "")),
                read("/api/v1/audit/replay-verification/progress", Rule.AUDIT, false,
                        t -> "/api/v1/audit/replay-verification/progress"),
                new Endpoint("POST", "/api/v1/audit/chain-verification", Rule.AUDIT, false,
                        t -> Call.post("/api/v1/audit/chain-verification", "application/json", "")),
                read("/api/v1/operations", Rule.AUDIT, false, t -> "/api/v1/operations"),
                read("/api/v1/operations/{id}", Rule.AUDIT, false, t -> "/api/v1/operations/" + operationId),
                new Endpoint("POST", "/api/v1/operations/projection-rebuild", Rule.ADMINISTRATION, false,
                        t -> Call.post("/api/v1/operations/projection-rebuild", "application/json", "")),
                read("/api/v1/stored-events", Rule.ADMINISTRATION, false, t -> "/api/v1/stored-events?from=1"),
                new Endpoint("POST", "/api/v1/processing-fees/lapse", Rule.ADMINISTRATION, false,
                        t -> Call.post("/api/v1/processing-fees/lapse", "application/json", "")),
                new Endpoint("POST", "/api/v1/credentials", Rule.ADMINISTRATION, false,
                        t -> Call.post("/api/v1/credentials", "application/json",
                                "{\"subject\":\"matrix\",\"roles\":[\"AUDITOR\"]}")),
                read("/api/v1/credentials", Rule.ADMINISTRATION, false, t -> "/api/v1/credentials"),
                new Endpoint("DELETE", "/api/v1/credentials/{id}", Rule.ADMINISTRATION, false,
                        t -> new Call("DELETE", "/api/v1/credentials/" + throwawayCredential(), null, null)));
    }

    @Test
    void every_endpoint_answers_every_caller_as_its_rule_says() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : endpoints()) {
            for (Target target : endpoint.perOrgan() ? List.of(Target.values()) : List.of(Target.OWN_ORGAN)) {
                for (Who who : Who.values()) {
                    Call call = endpoint.call().apply(target);
                    int status = statusOf(call, tokens.get(who));
                    int expected = endpoint.rule().expected(who, target);
                    calls++;
                    if (expected == 200 ? status / 100 != 2 : status != expected) {
                        wrong.add(call.method() + " " + call.path() + " as " + who + " on " + target + ": "
                                + status + ", expected " + (expected == 200 ? "2xx" : expected));
                    }
                }
            }
        }
        assertThat(wrong).as("answers that break the access rules, of %d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(300);
    }

    @Test
    void the_matrix_covers_every_endpoint_the_service_maps() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            String type = entry.getValue().getBeanType().getName();
            if (!type.startsWith("cn.gongkai.")) {
                continue; // Spring's own: the error controller, springdoc (public pages, listed above)
            }
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        endpoints().forEach(e -> inMatrix.add(e.method() + " " + e.pattern()));

        assertThat(inMatrix).containsAll(mapped);
    }

    private int statusOf(Call call, String token) {
        if (call.path().contains("/dashboard/stream")) {
            // An endless answer: the status line is read and the connection closed, as a browser leaving would.
            return new RawHttp(port, token == null ? "" : token).status(call.method(), call.path());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            // The status is what counts; the body is read to its end and dropped, so no answer is left half-sent.
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Endpoint page(String path) {
        return new Endpoint("GET", path, Rule.PUBLIC, false, t -> Call.get(path));
    }

    private static Endpoint read(String pattern, Rule rule, boolean perOrgan, Function<Target, String> path) {
        return new Endpoint("GET", pattern, rule, perOrgan, t -> Call.get(path.apply(t)));
    }

    private static String at(Target target) {
        return "/api/v1/organs/" + target.organ;
    }

    private String throwawayCredential() {
        Api admin = new Api(port);
        return admin.read(admin.post("/api/v1/credentials", "application/json",
                "{\"subject\":\"throwaway\",\"roles\":[\"AUDITOR\"]}".getBytes(StandardCharsets.UTF_8)).body())
                .get("credentialId").asText();
    }

    static String issue(Api admin, String subject, String role, String organ) {
        String body = "{\"subject\":\"" + subject + "\",\"roles\":[\"" + role + "\"]"
                + (organ == null ? "" : ",\"organs\":[\"" + organ + "\"]") + "}";
        HttpResponse<String> response = admin.post("/api/v1/credentials", "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode issued = admin.read(response.body());
        return issued.get("token").asText();
    }

    static String organ(String organ, String parent) {
        return event("gongkai.organ.registered", "{\"organ\":\"" + organ + "\",\"name\":\"机关 " + organ + "\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}");
    }

    static String received(String organ) {
        return event("gongkai.application.received", "{\"organ\":\"" + organ + "\",\"applicationId\":\"A-"
                + IDS.incrementAndGet() + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-06-02\"}");
    }

    static String event(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"matrix-" + IDS.incrementAndGet() + "\",\"source\":\"/access/test\","
                + "\"type\":\"" + type + "\",\"data\":" + data + "}";
    }
}
