package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.PositionRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** The RFC 9457 problem of a replica that lacks part of the history: 503, naming the positions. */
@RestControllerAdvice(basePackages = "cn.gongkai.query")
public class ReplicaProblems {

    public static final URI HISTORY_INCOMPLETE = URI.create("urn:gongkai:problem:history-incomplete");

    @ExceptionHandler(HistoryIncomplete.class)
    ProblemDetail historyIncomplete(HistoryIncomplete incomplete) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                incomplete.getMessage());
        problem.setType(HISTORY_INCOMPLETE);
        problem.setTitle("This replica lacks part of the event history");
        problem.setProperty("missingPositions", PositionRange.format(incomplete.missing()));
        problem.setProperty("missingCount", PositionRange.count(incomplete.missing()));
        return problem;
    }
}
