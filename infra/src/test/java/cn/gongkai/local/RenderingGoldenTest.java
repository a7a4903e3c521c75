package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample year's report in every format is pinned by a golden file; a rendering that changes fails here. Run
 * with {@code -Dgolden.update=true} to rewrite them on purpose (the JSON leaves out the digest, which depends on
 * event identifiers and recorded times).
 */
@ServiceOnPostgres
class RenderingGoldenTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("golden");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_sample_year_renders_as_its_golden_files_in_every_format() throws IOException {
        Api api = new Api(port);
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, api.sendBatch(JuluSample.events()).get("position").asLong());
        String base = "/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025?format=";

        ObjectNode json = (ObjectNode) api.getJson(base + "json");
        json.remove("digest");
        HttpResponse<String> html = api.get(base + "html");

        compare("julu-2025.json", json.toPrettyString() + "\n");
        compare("julu-2025.html", html.body());
        compare("julu-2025.txt", api.get(base + "txt").body());
        compare("julu-2025.csv", api.get(base + "csv").body());
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("巨鹿县人民政府办公室<br>2025年政府信息公开工作年度报告",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "@page{size:A4");
        assertThat(api.get(base + "xlsx").statusCode()).isEqualTo(400);
    }

    private static void compare(String file, String rendered) throws IOException {
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (write it with -Dgolden.update=true)", file).exists();
        assertThat(rendered).as(file).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
