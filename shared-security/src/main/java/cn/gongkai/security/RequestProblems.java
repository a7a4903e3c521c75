package cn.gongkai.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.Locale;

/**
 * RFC 9457 problem details for what Spring MVC refuses before or around a controller (a body that cannot be read, a
 * parameter of the wrong type, an unknown path or method), each with a {@code urn:gongkai:problem:*} type and a
 * detail that names the field or parameter: the last resort after each side's own problem advice.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RequestProblems extends ResponseEntityExceptionHandler {

    /** What a controller throws for an identifier that names nothing: a 404 problem, never an empty answer. */
    public static ErrorResponseException notFound(String what, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(URI.create("urn:gongkai:problem:unknown-" + what));
        problem.setTitle("Unknown " + what);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create("urn:gongkai:problem:" + kind(failure, status)));
            }
            String detail = detail(failure);
            if (detail != null) {
                problem.setDetail(detail);
            }
        }
        return response;
    }

    private static String kind(Exception failure, HttpStatusCode status) {
        if (failure instanceof HttpMessageNotReadableException) {
            return "unreadable-body";
        } else if (failure instanceof TypeMismatchException) {
            return "invalid-parameter";
        } else if (failure instanceof NoResourceFoundException) {
            return "no-such-endpoint";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "request-refused"
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A detail that says what to send instead; null keeps Spring's own where it already does. */
    private static String detail(Exception failure) {
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        } else if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            return "'" + mismatch.getName() + "' must be " + typeName(mismatch.getRequiredType()) + ", not '"
                    + mismatch.getValue() + "'";
        } else if (failure instanceof NoResourceFoundException missing) {
            return "no endpoint answers " + missing.getHttpMethod() + " /" + missing.getResourcePath()
                    + "; the API is described at /v3/api-docs";
        }
        return null;
    }

    private static String unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            mismatch.getPath().forEach(reference -> field.append(reference.getFieldName() != null
                    ? (field.isEmpty() ? "" : ".") + reference.getFieldName() : "[" + reference.getIndex() + "]"));
            return "'" + field + "' must be " + typeName(mismatch.getTargetType());
        }
        if (cause instanceof JsonProcessingException json) {
            return "the request body is not valid JSON: " + json.getOriginalMessage();
        }
        String message = unreadable.getMessage();
        if (message != null && message.startsWith("Required request body is missing")) {
            return "the request body is empty; this endpoint needs one (see /v3/api-docs)";
        }
        return "the request body cannot be read: " + message;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a " + type.getSimpleName();
    }
}
