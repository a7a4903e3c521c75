package cn.gongkai.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** An RFC 9457 problem of Gongkai's own: a status, a {@code urn:gongkai:problem:} type, a title and what was wrong. */
public final class ProblemDetails {

    private static final String TYPE_PREFIX = "urn:gongkai:problem:";

    private ProblemDetails() {
    }

    /**
     * @param status the answer's status
     * @param type   the problem's name after {@code urn:gongkai:problem:}, such as {@code unknown-organ}
     * @param title  the same for every problem of the type
     * @param detail what was wrong with this request
     */
    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
