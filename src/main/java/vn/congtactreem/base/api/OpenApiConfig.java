package vn.congtactreem.base.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs and Swagger UI at /swagger-ui.html. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Công tác trẻ em — API", version = "v1",
                description = "Every action of the yearly plan cycle and the reads to follow it. HTTP Basic with "
                        + "the application's users; the same organisation scoping as the screens."),
        security = @SecurityRequirement(name = "basicAuth"))
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfig {
}
