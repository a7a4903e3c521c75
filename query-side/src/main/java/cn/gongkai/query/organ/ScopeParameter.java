package cn.gongkai.query.organ;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code scope} request parameter as the API description shows it: one of {@link Scope}'s values, in lower case
 * as the contract writes them, {@code self} by default. One annotation, so every endpoint that takes a scope offers
 * the same choice in Swagger UI.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "self: the organ alone; subtree: the organ and every organ under it (a roll-up)",
        schema = @Schema(type = "string", allowableValues = {"self", "subtree"}, defaultValue = "self"))
public @interface ScopeParameter {
}
