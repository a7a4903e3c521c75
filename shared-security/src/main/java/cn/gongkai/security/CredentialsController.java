package cn.gongkai.security;

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

    @PostMapping("/api/v1/credentials")
    public ResponseEntity<IssuedCredential> issue(@RequestBody CredentialRequest request) {
        IssuedCredential issued = issuer.issue(request);
        return ResponseEntity.created(URI.create("/api/v1/credentials/" + issued.credentialId())).body(issued);
    }

    @GetMapping("/api/v1/credentials")
    public List<Credential> all() {
        return registry.all();
    }

    @DeleteMapping("/api/v1/credentials/{id}")
    public ResponseEntity<Void> revoke(@PathVariable String id) {
        return registry.revoke(id, clock.instant())
                ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
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
