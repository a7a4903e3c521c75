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
    static final URI TOO_LARGE = URI.create("urn:gongkai:problem:batch-too-large");
    static final URI MALFORMED = URI.create("urn:gongkai:problem:malformed-request");

    @ExceptionHandler(EventsRefused.class)
    ProblemDetail refused(EventsRefused refused) {
        HttpStatus status = switch (refused.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(REFUSED);
        problem.setTitle(switch (refused.kind()) {
            case FORBIDDEN -> "Events for organs this sender may not write";
            case INVALID -> "Invalid events";
            case CONFLICT -> "Events contradict recorded facts";
        });
        problem.setProperty("submitted", refused.submitted());
        problem.setProperty("errors", refused.refusals());
        return problem;
    }

    @ExceptionHandler(BatchTooLarge.class)
    ProblemDetail tooLarge(BatchTooLarge tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        problem.setType(TOO_LARGE);
        problem.setTitle("Batch too large");
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
