package cn.gongkai.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * Every refusal of an {@code /api/v1} operation is an RFC 9457 problem ({@link Problems} for the filters,
 * {@link RequestProblems} and each side's advice for the controllers), so the OpenAPI description says so once, here,
 * rather than on every controller: each operation may answer 401 (no valid token); 403, unless any credential may
 * call it ({@link AccessRules#anyCredentialMay}); 400, when it takes parameters or a body that may be malformed.
 * Every error response an operation declares itself (a 404 for an unknown organ, a 409 for a year not ended) is
 * given the problem as its content too, so a controller declares only the status and why. Responses are listed by
 * status code.
 */
public class ProblemResponses implements OpenApiCustomizer {

    /** The problem's schema, under {@code components.schemas}. */
    public static final String SCHEMA = "ProblemDetail";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String API = "/api/v1/";

    static final String BAD_REQUEST = "The request is malformed, or a parameter or the body is invalid; the "
            + "problem names the field or parameter";
    static final String UNAUTHORIZED = "No bearer token, or one that is not valid (expired, revoked, unknown)";
    static final String FORBIDDEN = "The credential's roles or organs do not allow this";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.readOperationsMap().forEach((method, operation) -> declare(path, method, operation));
            }
        });
    }

    private static void declare(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (takesInputThatMayBeMalformed(operation)) {
            responses.putIfAbsent("400", new ApiResponse().description(BAD_REQUEST));
        }
        responses.putIfAbsent("401", new ApiResponse().description(UNAUTHORIZED));
        if (!AccessRules.anyCredentialMay(HttpMethod.valueOf(method.name()), path)) {
            responses.putIfAbsent("403", new ApiResponse().description(FORBIDDEN));
        }
        // springdoc gives a declared response without content the method's return type; a refusal is a problem
        responses.forEach((code, response) -> {
            if (isError(code) && (response.getContent() == null || !response.getContent().containsKey(MEDIA_TYPE))) {
                response.setContent(problemContent());
            }
        });
        ApiResponses byCode = new ApiResponses();
        responses.keySet().stream().sorted().forEach(code -> byCode.addApiResponse(code, responses.get(code)));
        operation.setResponses(byCode);
    }

    /**
     * A body, a query or header parameter, or a path parameter that is not free text (a year, a row code) may be
     * refused as malformed; a path that only names an organ or an id answers 404 when it names nothing, not 400.
     */
    private static boolean takesInputThatMayBeMalformed(Operation operation) {
        return operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> !"path".equals(parameter.getIn())
                || !isFreeText(parameter.getSchema())));
    }

    private static boolean isFreeText(Schema<?> schema) {
        return schema != null && "string".equals(schema.getType()) && schema.getEnum() == null
                && schema.getFormat() == null;
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    /** An error response's content: the problem, as {@code application/problem+json}. */
    static Content problemContent() {
        return new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    /**
     * RFC 9457's members as Gongkai writes them: {@code type} a {@code urn:gongkai:problem:*} naming the kind of
     * problem, and more members where a problem has more to say ({@code field}, {@code errors}, {@code submitted}).
     */
    static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details. 'type' names the kind of problem "
                        + "(urn:gongkai:problem:…); some problems carry more members, such as 'field' or 'errors'.")
                .addProperty("type", new StringSchema().format("uri")
                        .example("urn:gongkai:problem:invalid-parameter"))
                .addProperty("title", new StringSchema().example("Invalid parameter"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("scope must be 'self' or 'subtree', not 'all'"))
                .addProperty("instance", new StringSchema().format("uri-reference"));
        problem.setAdditionalProperties(true);
        return problem;
    }
}
