package cn.gongkai.local;

import cn.gongkai.command.CommandSideApplication;
import cn.gongkai.query.QuerySideApplication;
import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each side on its own, by configuration alone: the command side takes the department's events, a separate query
 * side on the same PostgreSQL database reads the stream and answers the report; a credential issued by one is
 * accepted by the other, and both answer the health probes the operator's kit asks.
 */
class SidesApartOnPostgresTest {

    @Test
    void the_command_side_and_the_query_side_run_apart_on_postgresql() throws java.io.IOException {
        PostgresTestDatabase database = PostgresTestDatabase.create("sides_apart");
        try (ConfigurableApplicationContext commandSide = start(CommandSideApplication.class, "command-side", database);
             ConfigurableApplicationContext querySide = start(QuerySideApplication.class, "query-side", database)) {
            Api commands = new Api(port(commandSide));
            Api queries = new Api(port(querySide));

            JsonNode receipt = commands.sendBatch(JuluSample.events());
            JsonNode report = queries.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR,
                    receipt.get("position").asLong());

            JuluSample.assertEveryCellMatches(report);
            assertThat(commands.get("/api/v1/organs").statusCode()).isEqualTo(404);
            assertThat(queries.post("/api/v1/events", Api.BATCH, JuluSample.events()).statusCode())
                    .isIn(404, 405);
            String credential = AccessMatrixTest.issue(commands, "viewer across sides", "VIEWER", JuluSample.ORGAN);
            assertThat(queries.as(credential).get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025")
                    .statusCode()).as("a credential issued by one side works on the other").isEqualTo(200);
            for (String probe : OperatorKitTest.probePaths()) {
                assertThat(commands.as(null).get(probe).statusCode()).as("command side %s", probe).isEqualTo(200);
                assertThat(queries.as(null).get(probe).statusCode()).as("query side %s", probe).isEqualTo(200);
            }
        }
    }

    private static ConfigurableApplicationContext start(Class<?> side, String configName,
                                                        PostgresTestDatabase database) {
        return new SpringApplicationBuilder(side)
                .properties("spring.config.name=" + configName)
                .run(database.arguments("--server.port=0"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
