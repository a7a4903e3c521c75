package cn.gongkai.command.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** RFC 9457 problem details for refused ingestion requests. */
@RestControllerAdvice(assignableTypes = EventsController.class)
public class IngestionProblems {

    static final URI REFUSED = URI.create("urn:gongkai:problem:events-refused");
    static final URI MALFORMED = URI.create("urn:gongkai:problem:malformed-request");

    @ExceptionHandler(EventsRefused.class)
    ProblemDetail refused(EventsRefused refused) {
        HttpStatus status = refused.kind() == RefusalKind.INVALID
                ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(REFUSED);
        problem.setTitle(status == HttpStatus.CONFLICT ? "Events contradict recorded facts" : "Invalid events");
        problem.setProperty("submitted", refused.submitted());
        problem.setProperty("errors", refused.refusals());
        return problem;
    }

    @ExceptionHandler(MalformedRequest.class)
    ProblemDetail malformed(MalformedRequest malformed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, malformed.getMessage());
        problem.setType(MALFORMED);
        problem.setTitle("Malformed request");
        return problem;
    }
}
