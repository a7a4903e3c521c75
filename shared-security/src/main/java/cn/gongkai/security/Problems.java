package cn.gongkai.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.net.URI;

/** RFC 9457 problem details for the answers access control gives before a request reaches a controller. */
public class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final URI UNAUTHENTICATED = URI.create("urn:gongkai:problem:unauthenticated");
    public static final URI FORBIDDEN = URI.create("urn:gongkai:problem:forbidden");
    public static final URI TOO_LARGE = URI.create("urn:gongkai:problem:request-too-large");
    public static final URI TOO_MANY = URI.create("urn:gongkai:problem:too-many-requests");
    public static final URI REJECTED = URI.create("urn:gongkai:problem:request-rejected");

    private final ObjectMapper json;
    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure); // sets WWW-Authenticate: Bearer ... and 401
        boolean presented = request.getHeader("Authorization") != null;
        write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Authentication required",
                presented ? failure.getMessage()
                        : "send a bearer token: Authorization: Bearer <token> (see the README, Access)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN, "Not permitted",
                "this credential's roles and organs do not permit " + request.getMethod() + " "
                        + request.getRequestURI());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                      String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
