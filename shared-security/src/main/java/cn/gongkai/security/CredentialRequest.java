package cn.gongkai.security;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An administrator's request for a credential: to whom, with which roles, for which organs, and for how many days
 * (the configured lifetime when absent). The schema annotations are what the API description shows a newcomer
 * issuing a first credential; {@link CredentialIssuer} is what checks it.
 */
@Schema(requiredProperties = {"subject", "roles"})
public record CredentialRequest(
        @Schema(description = "The department system or person the credential is for", example = "disclosure office")
        String subject,
        @Schema(description = "At least one role")
        @ArraySchema(schema = @Schema(implementation = Role.class))
        List<String> roles,
        @Schema(description = "The organs (codes such as julu-county-government-office) a DEPARTMENT or VIEWER "
                + "credential covers; required for those roles")
        List<String> organs,
        @Schema(description = "Days until it expires; the configured lifetime when absent", example = "90",
                minimum = "1", maximum = "3650")
        Integer validForDays) {
}
