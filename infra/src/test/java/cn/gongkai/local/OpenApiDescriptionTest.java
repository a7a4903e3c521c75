package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description a newcomer opens first ({@code /v3/api-docs}, behind Swagger UI), fetched without a token
 * over real HTTP from the whole service: every operation says what it does and asks for the bearer token, the
 * parameters that take a fixed set of values offer those values, the report's formats are typed, and no response is
 * left as an untyped {@code *}{@code /*}.
 */
@ServiceOnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDescriptionTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("openapi");
    static final String REPORT = "/api/v1/organs/{organ}/reports/{year}";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    private JsonNode description;

    /** One operation of the description: its method, its path and what the description says of it. */
    record Operation(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeAll
    void theDescriptionAsANewcomerFetchesIt() {
        Api anonymous = new Api(port).as(null);

        HttpResponse<String> response = anonymous.get("/v3/api-docs");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        description = anonymous.read(response.body());
    }

    @Test
    void a_bearer_scheme_is_declared_and_every_api_operation_requires_it() {
        JsonNode schemes = description.path("components").path("securitySchemes");
        List<String> bearerSchemes = new ArrayList<>();
        schemes.fields().forEachRemaining(scheme -> {
            if ("http".equals(scheme.getValue().path("type").asText())
                    && "bearer".equalsIgnoreCase(scheme.getValue().path("scheme").asText())) {
                bearerSchemes.add(scheme.getKey());
            }
        });
        assertThat(bearerSchemes).as("HTTP bearer schemes in components.securitySchemes").hasSize(1);
        assertThat(schemes.path(bearerSchemes.get(0)).path("description").asText())
                .as("what the scheme asks for").contains("bootstrap");

        List<Operation> api = operations().stream().filter(op -> op.path().startsWith("/api/v1/")).toList();
        assertThat(api).as("operations under /api/v1").hasSizeGreaterThan(20);
        assertThat(api).as("operations that do not require the bearer token")
                .filteredOn(op -> !requiredSchemes(op).contains(bearerSchemes.get(0)))
                .isEmpty();
    }

    @Test
    void every_operation_has_a_summary() {
        assertThat(operations()).as("operations without a summary")
                .filteredOn(op -> op.node().path("summary").asText().isBlank())
                .isEmpty();
    }

    @Test
    void no_response_is_left_as_untyped_content_and_every_operation_says_what_it_answers_on_success() {
        assertThat(operations()).as("operations with a response keyed */*")
                .filteredOn(op -> responses(op).stream().anyMatch(response -> response.path("content").has("*/*")))
                .isEmpty();
        assertThat(operations()).as("operations without a 2xx response")
                .filteredOn(op -> codes(op).stream().noneMatch(code -> code.startsWith("2")))
                .isEmpty();
    }

    @Test
    void every_refusal_of_an_api_operation_is_a_problem_and_every_operation_may_answer_401() {
        List<String> notProblems = new ArrayList<>();
        for (Operation op : operations()) {
            if (!op.path().startsWith("/api/v1/")) {
                continue;
            }
            assertThat(codes(op)).as("%s", op).contains("401");
            op.node().path("responses").fields().forEachRemaining(response -> {
                JsonNode schema = response.getValue().path("content").path("application/problem+json").path("schema");
                boolean refusal = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                if (refusal && (response.getValue().path("content").size() != 1
                        || !schema.path("$ref").asText().endsWith("/ProblemDetail"))) {
                    notProblems.add(op + " " + response.getKey());
                }
            });
        }
        assertThat(notProblems).as("error responses that are not only application/problem+json").isEmpty();
        JsonNode members = description.path("components").path("schemas").path("ProblemDetail").path("properties");
        assertThat(List.of("type", "title", "status", "detail")).as("RFC 9457 members of ProblemDetail")
                .allMatch(members::has);
    }

    @Test
    void the_reports_scope_format_and_fold_offer_their_values_and_so_does_every_scope() {
        Operation report = operation("get", REPORT);

        assertThat(enumOf(report, "scope")).containsExactly("self", "subtree");
        assertThat(enumOf(report, "format")).containsExactly("json", "html", "txt", "csv", "xlsx", "docx");
        assertThat(enumOf(report, "fold")).containsExactly("checkpoint", "full");
        assertThat(operations()).as("operations whose scope parameter is not [self, subtree]")
                .filteredOn(op -> parameter(op, "scope") != null)
                .hasSizeGreaterThan(5)
                .filteredOn(op -> !enumOf(op, "scope").equals(List.of("self", "subtree")))
                .isEmpty();
        assertThat(enumOf(operation("get", "/api/v1/organs/{organ}/applications"), "status"))
                .containsExactly("open", "overdue", "due-soon");
    }

    @Test
    void the_reports_json_is_the_annual_report_schema_and_each_other_format_is_typed() {
        JsonNode content = operation("get", REPORT).node().path("responses").path("200").path("content");

        assertThat(content.path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/AnnualReport");
        assertThat(description.path("components").path("schemas").path("AnnualReport").path("properties")
                .has("applications")).as("AnnualReport's table 三").isTrue();
        for (String text : List.of("text/html", "text/plain", "text/csv")) {
            assertThat(content.path(text).path("schema").path("type").asText()).as(text).isEqualTo("string");
        }
        assertThat(content.path("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").path("schema")
                .path("format").asText()).as("xlsx").isEqualTo("binary");
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
                    }
                }));
        assertThat(operations).as("operations in the description").isNotEmpty();
        return operations;
    }

    private Operation operation(String method, String path) {
        return operations().stream().filter(op -> op.method().equals(method) && op.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in the description"));
    }

    /** The schemes an operation requires: its own security requirements, or else the document's. */
    private List<String> requiredSchemes(Operation op) {
        JsonNode requirements = op.node().has("security") ? op.node().get("security") : description.path("security");
        List<String> schemes = new ArrayList<>();
        requirements.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        return schemes;
    }

    private static List<JsonNode> responses(Operation op) {
        return StreamSupport.stream(op.node().path("responses").spliterator(), false).toList();
    }

    private static List<String> codes(Operation op) {
        List<String> codes = new ArrayList<>();
        op.node().path("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private static JsonNode parameter(Operation op, String name) {
        for (JsonNode parameter : op.node().path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        return null;
    }

    private static List<String> enumOf(Operation op, String name) {
        JsonNode parameter = parameter(op, name);
        assertThat(parameter).as("%s parameter of %s", name, op).isNotNull();
        return StreamSupport.stream(parameter.path("schema").path("enum").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
