package cn.gongkai.command.register;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** RFC 9457 problem details for a register that cannot be read, or whose commit was refused. */
@RestControllerAdvice(assignableTypes = RegisterController.class)
public class RegisterProblems {

    static final URI UNREADABLE = URI.create("urn:gongkai:problem:unreadable-register");
    static final URI REFUSED = URI.create("urn:gongkai:problem:register-refused");

    /** Rows in error outrank conflicts: the office must fix its register before the conflicts matter. */
    static HttpStatus status(RegisterRefused refused) {
        return refused.onlyConflicts() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    @ExceptionHandler(UnreadableRegister.class)
    ProblemDetail unreadable(UnreadableRegister unreadable) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                unreadable.getMessage());
        problem.setType(UNREADABLE);
        problem.setTitle("Not a register Gongkai can read");
        return problem;
    }

    @ExceptionHandler(RegisterRefused.class)
    ProblemDetail refused(RegisterRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(refused), refused.getMessage());
        problem.setType(REFUSED);
        problem.setTitle(refused.onlyConflicts() ? "Register contradicts recorded facts" : "Register rows in error");
        RegisterImportResult result = refused.result();
        problem.setProperty("organ", result.organ());
        problem.setProperty("operation", result.operation());
        problem.setProperty("rows", result.rows());
        problem.setProperty("rowsWithProblems", result.rowsWithProblems());
        problem.setProperty("problems", result.problems());
        return problem;
    }
}
