package cn.gongkai.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default with no bootstrap token configured prints a generated one, which then works. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapTokenTest {

    static final Pattern PRINTED = Pattern.compile("bootstrap administrator token.*?\\n\\s*\\n\\s+(\\S{40,})\\s*\\n",
            Pattern.DOTALL);

    @TempDir
    Path dataDir;

    @Test
    void without_a_configured_token_the_embedded_default_prints_a_generated_one_that_works(CapturedOutput output) {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES)
                .run("--gongkai.data-dir=" + dataDir, "--server.port=0", "--gongkai.sample=none")) {
            Matcher printed = PRINTED.matcher(output.getOut());
            assertThat(printed.find()).as(output.getOut()).isTrue();
            String token = printed.group(1);
            Api api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());

            assertThat(api.as(token).get("/api/v1/credentials").statusCode()).isEqualTo(200);
            assertThat(api.as("wrong-" + token).get("/api/v1/credentials").statusCode()).isEqualTo(401);
            assertThat(output.getOut().split(Pattern.quote(token), -1)).as("printed as itself and in the dashboard link")
                    .hasSize(3);
            assertThat(output.getOut()).contains("/#token=" + token);
            assertThat(dataDir.resolve("jwt-signing.key")).exists();
        }
    }
}
