package cn.gongkai.local;

import cn.gongkai.testing.TestAccess;
import cn.gongkai.command.ingest.StreamPositions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default as the README starts it: one JVM, an H2 file database under the data directory, the sample
 * year loaded on first start and kept, not loaded again, on the next.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void first_start_loads_the_sample_year_and_a_restart_keeps_it_without_loading_it_again() {
        long position;
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first));
            JsonNode report = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, 1);
            JuluSample.assertEveryCellMatches(api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR,
                    headOf(first)));
            position = headOf(first);
            assertThat(report.get("organ").asText()).isEqualTo(JuluSample.ORGAN);
        }
        try (ConfigurableApplicationContext second = start()) {
            Api api = new Api(port(second));
            assertThat(headOf(second)).isEqualTo(position);
            JuluSample.assertEveryCellMatches(api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, position));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES)
                .run(TestAccess.arguments("--gongkai.data-dir=" + dataDir, "--server.port=0"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static long headOf(ConfigurableApplicationContext context) {
        return context.getBean(StreamPositions.class).head();
    }
}
