package cn.gongkai.local;

import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.verifier.Verifier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent verifier recomputes every figure, finding and the digest of a report from the event export alone.
 */
@ServiceOnPostgres
class VerifierTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("verifier");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_sample_report_matches_its_export_and_any_change_to_either_is_named() throws Exception {
        Api api = new Api(port);
        long position = api.sendBatch(JuluSample.events()).get("position").asLong();
        Audit audit = Audit.of(api, JuluSample.ORGAN, JuluSample.YEAR, position);

        assertThat(audit.exportLines()).hasSize(63);
        assertThat(Verifier.verify(audit.exportLines(), audit.reportJson())).isEmpty();

        String alteredReport = audit.reportJson().replace("\"RECEIVED\":{\"NATURAL_PERSON\":13",
                "\"RECEIVED\":{\"NATURAL_PERSON\":12");
        assertThat(alteredReport).isNotEqualTo(audit.reportJson());
        assertThat(Verifier.verify(audit.exportLines(), alteredReport))
                .containsExactly("applications/RECEIVED/NATURAL_PERSON: report 12, events 13");

        assertThat(audit.reportJson()).contains("\"findings\":[]");
        String finding = "{\"rule\":\"" + ConsistencyRules.CARRY_OVER_CONTRADICTED + "\",\"severity\":\"WARNING\","
                + "\"table\":\"applications\",\"row\":\"CARRIED_OVER_TO_NEXT_YEAR\",\"column\":\"NATURAL_PERSON\","
                + "\"expected\":0,\"actual\":1,\"message\":\"m\"}";
        String claimsAFinding = audit.reportJson().replace("\"findings\":[]", "\"findings\":[" + finding + "]");
        assertThat(Verifier.verify(audit.exportLines(), claimsAFinding)).containsExactly("findings: report "
                + ConsistencyRules.CARRY_OVER_CONTRADICTED + " at applications/CARRIED_OVER_TO_NEXT_YEAR/NATURAL_PERSON"
                + " (m), events none");

        List<String> missingOne = new ArrayList<>(audit.exportLines());
        missingOne.removeIf(line -> line.contains("JL-YSQ-2025-016") && line.contains("application.decided"));
        assertThat(missingOne).hasSize(62);
        assertThat(Verifier.verify(missingOne, audit.reportJson())).contains(
                "applications/DISCLOSED/LEGAL_SERVICE_INSTITUTION: report 2, events 1",
                "applications/CARRIED_OVER_TO_NEXT_YEAR/TOTAL: report 0, events 1")
                .anyMatch(difference -> difference.startsWith("digest: report "));
    }
}
