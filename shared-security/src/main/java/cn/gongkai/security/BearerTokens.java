package cn.gongkai.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.regex.Pattern;

/**
 * Reads the bearer token from the Authorization header; only the dashboard's event stream, which a browser's
 * EventSource opens without headers, may carry it as the query parameter {@code access_token}.
 */
public class BearerTokens implements BearerTokenResolver {

    private static final Pattern STREAM = Pattern.compile("/api/v1/organs/[^/]+/dashboard/stream");

    private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
    private final DefaultBearerTokenResolver headerOrQuery = new DefaultBearerTokenResolver();

    public BearerTokens() {
        headerOrQuery.setAllowUriQueryParameter(true);
    }

    @Override
    public String resolve(HttpServletRequest request) {
        boolean stream = "GET".equals(request.getMethod()) && STREAM.matcher(request.getRequestURI()).matches();
        return (stream ? headerOrQuery : header).resolve(request);
    }
}
