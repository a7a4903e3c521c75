package cn.gongkai.query.organ;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares in the API description the 404 problem an endpoint answers for an organ nobody registered
 * ({@link UnknownOrgan}, written by {@link cn.gongkai.query.report.QueryProblems}); the problem's schema is added to it where every error
 * response gets it (cn.gongkai.security.ProblemResponses).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "404", description = "No organ is registered under this id")
public @interface UnknownOrganResponse {
}
