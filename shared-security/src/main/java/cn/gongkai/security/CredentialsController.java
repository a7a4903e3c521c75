package cn.gongkai.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * {@code /api/v1/credentials}: an administrator issues credentials (the token is shown once), lists them (never
 * with their tokens) and revokes them.
 */
@RestController
@Tag(name = ApiTags.CREDENTIALS)
public class CredentialsController {

    static final URI INVALID = URI.create("urn:gongkai:problem:invalid-credential-request");

    private final CredentialIssuer issuer;
    private final CredentialRegistry registry;
    private final Clock clock;

    public CredentialsController(CredentialIssuer issuer, CredentialRegistry registry, Clock clock) {
        this.issuer = issuer;
        this.registry = registry;
        this.clock = clock;
    }

    @Operation(summary = "Issue a credential; its token is in this answer and never shown again")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = CredentialRequest.class)))
    @ApiResponse(responseCode = "201", description = "Issued; Location names the credential",
            content = @Content(schema = @Schema(implementation = IssuedCredential.class)))
    @ApiResponse(responseCode = "422", description = "The request names no role, an unknown role, a bad subject "
            + "or organ, or a field a credential request does not have; the problem names the field")
    @PostMapping("/api/v1/credentials")
    public ResponseEntity<IssuedCredential> issue(@RequestBody JsonNode body) {
        IssuedCredential issued = issuer.issue(request(body));
        return ResponseEntity.created(URI.create("/api/v1/credentials/" + issued.credentialId())).body(issued);
    }

    @Operation(summary = "Every credential issued, revoked ones too, never with its token")
    @GetMapping("/api/v1/credentials")
    public List<Credential> all() {
        return registry.all();
    }

    @Operation(summary = "Revoke a credential: its token is refused from now on")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No credential has this id")
    @DeleteMapping("/api/v1/credentials/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!registry.revoke(id, clock.instant())) {
            throw RequestProblems.notFound("credential", "no credential has the id '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The request as sent, each field of its own JSON type: "10" is not a number of days, 123 is not a subject, and
     * a field the request does not have is refused rather than ignored.
     */
    static CredentialRequest request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidCredentialRequest("", "the request must be a JSON object: "
                    + "{\"subject\":…,\"roles\":[…],\"organs\":[…],\"validForDays\":…}");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new InvalidCredentialRequest(name, "'" + name + "' is not a field of a credential request; "
                        + "expected " + FIELDS);
            }
        });
        JsonNode days = body.get("validForDays");
        if (days != null && !days.isNull() && !(days.isIntegralNumber() && days.canConvertToInt())) {
            throw new InvalidCredentialRequest("validForDays", "validForDays must be a whole number of days");
        }
        return new CredentialRequest(text(body, "subject"), texts(body, "roles"), texts(body, "organs"),
                days == null || days.isNull() ? null : days.intValue());
    }

    private static final List<String> FIELDS = List.of("subject", "roles", "organs", "validForDays");

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidCredentialRequest(field, field + " must be a string");
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new InvalidCredentialRequest(field, field + " must be an array of strings");
        }
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidCredentialRequest(field, field + " must be an array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    @ExceptionHandler(InvalidCredentialRequest.class)
    ProblemDetail invalid(InvalidCredentialRequest invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getMessage());
        problem.setType(INVALID);
        problem.setTitle("Invalid credential request");
        problem.setProperty("field", invalid.field());
        return problem;
    }
}
