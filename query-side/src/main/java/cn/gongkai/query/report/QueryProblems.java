package cn.gongkai.query.report;

import cn.gongkai.events.calendar.UnknownCalendarYear;
import cn.gongkai.query.organ.UnknownOrgan;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** RFC 9457 problem details for every query endpoint: an unknown organ, a parameter that cannot be read. */
@RestControllerAdvice(basePackages = "cn.gongkai.query")
public class QueryProblems {

    @ExceptionHandler(UnknownOrgan.class)
    ProblemDetail unknownOrgan(UnknownOrgan unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:unknown-organ"));
        problem.setTitle("Unknown organ");
        return problem;
    }

    @ExceptionHandler(UnknownCalendarYear.class)
    ProblemDetail unknownCalendar(UnknownCalendarYear unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unknown.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:unknown-calendar-year"));
        problem.setTitle("No working-day calendar for this year");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badParameter(IllegalArgumentException bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
        problem.setType(URI.create("urn:gongkai:problem:invalid-parameter"));
        problem.setTitle("Invalid parameter");
        return problem;
    }
}
