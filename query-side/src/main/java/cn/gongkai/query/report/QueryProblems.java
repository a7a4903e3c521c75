package cn.gongkai.query.report;

import cn.gongkai.platform.ProblemDetails;
import cn.gongkai.events.calendar.UnknownCalendarYear;
import cn.gongkai.query.organ.UnknownOrgan;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for every query endpoint: an unknown organ, a parameter that cannot be read. */
@RestControllerAdvice(basePackages = "cn.gongkai.query")
public class QueryProblems {

    @ExceptionHandler(UnknownOrgan.class)
    ProblemDetail unknownOrgan(UnknownOrgan unknown) {
        return ProblemDetails.of(HttpStatus.NOT_FOUND, "unknown-organ", "Unknown organ", unknown.getMessage());
    }

    @ExceptionHandler(UnknownCalendarYear.class)
    ProblemDetail unknownCalendar(UnknownCalendarYear unknown) {
        return ProblemDetails.of(HttpStatus.SERVICE_UNAVAILABLE, "unknown-calendar-year",
                "No working-day calendar for this year", unknown.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badParameter(IllegalArgumentException bad) {
        return ProblemDetails.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", bad.getMessage());
    }
}
