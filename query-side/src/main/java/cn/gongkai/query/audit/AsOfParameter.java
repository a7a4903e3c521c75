package cn.gongkai.query.audit;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code asOf} request parameter as the API description shows it: a recorded moment in the form {@link AsOf}
 * accepts, or absent for the figures as they stand. One annotation for every endpoint that looks back.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(description = "A recorded moment, RFC 3339 with an offset (e.g. 2026-01-20T09:00:00+08:00), from "
        + "1 January 2008 up to now: the figures as they stood then. Absent: as they stand now.",
        schema = @Schema(type = "string", format = "date-time", example = "2026-01-20T09:00:00+08:00"))
public @interface AsOfParameter {
}
