package cn.gongkai.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Says in the OpenAPI description how a caller is known: an HTTP bearer token, required by every operation the
 * description lists (all of them under {@code /api/v1}; the pages and the description itself are public but are not
 * operations of it). Swagger UI then offers its Authorize button and "Try it out" sends the token, so a newcomer can
 * paste the bootstrap token printed at start and call the API from the browser.
 */
public class BearerScheme implements OpenApiCustomizer {

    /** The scheme's key under {@code components.securitySchemes}, and in every security requirement. */
    public static final String NAME = "bearer";

    static final String DESCRIPTION = "A Gongkai credential (POST /api/v1/credentials issues one), the bootstrap "
            + "administrator token printed at start, or a JWT of the identity provider the service is configured "
            + "to trust. Sent as 'Authorization: Bearer <token>'.";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(NAME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description(DESCRIPTION));
        boolean required = openApi.getSecurity() != null
                && openApi.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(NAME));
        if (!required) {
            openApi.addSecurityItem(new SecurityRequirement().addList(NAME));
        }
    }
}
