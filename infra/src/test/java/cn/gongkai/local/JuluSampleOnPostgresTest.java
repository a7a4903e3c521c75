package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department sends the Julu county government office's 2025 over real HTTP to Gongkai on PostgreSQL; the report
 * reproduces every published figure of table 三, with the two 总计 cells the published report got wrong put right.
 */
@ServiceOnPostgres
class JuluSampleOnPostgresTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("julu_sample");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_sample_year_sent_over_http_reproduces_the_published_table_and_a_resend_changes_nothing() {
        Api api = new Api(port);

        JsonNode receipt = api.sendBatch(JuluSample.events());
        JsonNode report = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, receipt.get("position").asLong());

        assertThat(receipt.get("appended").asInt()).isEqualTo(receipt.get("events").size());
        assertThat(report.get("organName").asText()).isEqualTo("巨鹿县人民政府办公室");
        JuluSample.assertEveryCellMatches(report);
        assertThat(report.at("/applications/PARTIALLY_DISCLOSED/TOTAL").asLong()).isEqualTo(2);
        assertThat(report.at("/applications/NOT_PROCESSED_REPEATED/TOTAL").asLong()).isEqualTo(1);
        assertThat(report.at("/caseCountingRule/code").asText()).isEqualTo("CONCLUDED_IN_YEAR_OR_PENDING_AT_YEAR_END");
        assertThat(report.at("/narrative/OVERVIEW").asText()).contains("受理政府信息公开申请16件", "2903条", "60条");
        assertThat(report.at("/fees/NOTICES").asLong()).isZero();
        assertThat(report.at("/fees/COLLECTED_YUAN").asText()).isEqualTo("0");

        JsonNode resent = api.sendBatch(JuluSample.events());

        assertThat(resent.get("appended").asInt()).isZero();
        assertThat(resent.get("duplicates").asInt()).isEqualTo(receipt.get("events").size());
        JsonNode after = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, resent.get("position").asLong());
        assertThat(after.get("applications")).isEqualTo(report.get("applications"));
    }

    @Test
    void the_organ_is_listed_and_an_unknown_organ_is_a_not_found_problem() {
        Api api = new Api(port);
        api.sendBatch(JuluSample.events());

        assertThat(api.getJson("/api/v1/organs").findValuesAsText("organ")).contains(JuluSample.ORGAN);
        assertThat(api.get("/api/v1/organs/nobody/reports/2025").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/organs/" + JuluSample.ORGAN + "/reports/1999").statusCode()).isEqualTo(400);
    }
}
