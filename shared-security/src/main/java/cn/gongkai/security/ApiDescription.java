package cn.gongkai.security;

import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The parts of the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) that are the
 * same whichever side runs: how callers authenticate, how refusals look, and how the operations are grouped.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDescription {

    static {
        // Spring MVC's streaming return types are plumbing, not what goes over the wire: a stream of Server-Sent
        // Events or a streamed body (JSON Lines) is text, not an object with Spring's fields.
        SpringDocUtils.getConfig()
                .replaceWithSchema(SseEmitter.class, new StringSchema())
                .replaceWithSchema(StreamingResponseBody.class, new StringSchema());
    }

    @Bean
    public BearerScheme bearerScheme() {
        return new BearerScheme();
    }

    @Bean
    public ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    public ApiTags apiTags() {
        return new ApiTags();
    }
}
