package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One event of every contract type, sent over HTTP, each moving the cells it should, and a roll-up over a subtree. */
@ServiceOnPostgres
class EveryEventTypeTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("every_type");
    static final String COUNTY = "county-gov";
    static final String BUREAU = "county-education-bureau";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    final List<String> events = new ArrayList<>();

    @Test
    void every_contract_type_counts_where_the_national_format_puts_it() {
        Api api = new Api(port);
        send("gongkai.organ.registered", "{'organ':'" + COUNTY + "','name':'某县人民政府'}");
        send("gongkai.organ.registered", "{'organ':'" + BUREAU + "','name':'某县教育局','parent':'" + COUNTY + "'}");
        application(BUREAU, "A-1", "2025-02-03");
        send("gongkai.application.applicant-type-corrected", "{'organ':'" + BUREAU + "','applicationId':'A-1',"
                + "'applicantType':'RESEARCH_INSTITUTION','correctedOn':'2025-02-04'}");
        send("gongkai.application.correction-requested", "{'organ':'" + BUREAU + "','applicationId':'A-1',"
                + "'requestedOn':'2025-02-05'}");
        send("gongkai.application.corrected", "{'organ':'" + BUREAU + "','applicationId':'A-1','correctedOn':'2025-02-10'}");
        send("gongkai.application.consultation-started", "{'organ':'" + BUREAU + "','applicationId':'A-1','on':'2025-02-11'}");
        send("gongkai.application.consultation-ended", "{'organ':'" + BUREAU + "','applicationId':'A-1','on':'2025-02-18'}");
        send("gongkai.application.extended", "{'organ':'" + BUREAU + "','applicationId':'A-1','extendedOn':'2025-03-01',"
                + "'workingDays':10}");
        send("gongkai.processing-fee.charged", "{'organ':'" + BUREAU + "','applicationId':'A-1','on':'2025-03-02',"
                + "'amount':'150.50'}");
        send("gongkai.processing-fee.paid", "{'organ':'" + BUREAU + "','applicationId':'A-1','on':'2025-03-05',"
                + "'amount':'150.5'}");
        send("gongkai.application.decided", "{'organ':'" + BUREAU + "','applicationId':'A-1','decidedOn':'2025-03-10',"
                + "'outcome':'WITHHELD_PROCESS_INFORMATION'}");
        application(COUNTY, "B-1", "2025-12-29");
        send("gongkai.application.deadline-set", "{'organ':'" + COUNTY + "','applicationId':'B-1','setOn':'2025-12-30',"
                + "'dueOn':'2026-03-31'}");
        send("gongkai.review.filed", "{'organ':'" + BUREAU + "','caseId':'R-1','filedOn':'2025-04-01','applicationId':'A-1'}");
        send("gongkai.review.concluded", "{'organ':'" + BUREAU + "','caseId':'R-1','concludedOn':'2025-06-01',"
                + "'result':'CORRECTED'}");
        send("gongkai.lawsuit.filed", "{'organ':'" + BUREAU + "','caseId':'L-1','filedOn':'2025-07-01','afterReview':true}");
        send("gongkai.lawsuit.filed", "{'organ':'" + COUNTY + "','caseId':'L-2','filedOn':'2025-02-01','afterReview':false}");
        send("gongkai.lawsuit.concluded", "{'organ':'" + COUNTY + "','caseId':'L-2','concludedOn':'2025-08-01',"
                + "'result':'OTHER'}");
        send("gongkai.document.stock-declared", "{'organ':'" + COUNTY + "','kind':'REGULATION','inForce':4,"
                + "'asOf':'2024-12-31'}");
        send("gongkai.document.issued", "{'organ':'" + COUNTY + "','documentId':'某政规〔2025〕1号','kind':'REGULATION',"
                + "'issuedOn':'2025-05-05'}");
        send("gongkai.document.repealed", "{'organ':'" + COUNTY + "','documentId':'某政规〔2018〕2号','kind':'REGULATION',"
                + "'repealedOn':'2025-06-06'}");
        send("gongkai.decision.recorded", "{'organ':'" + BUREAU + "','kind':'LICENSING','decidedOn':'2025-05-05','count':12}");
        send("gongkai.decision.recorded", "{'organ':'" + BUREAU + "','kind':'PENALTY','decidedOn':'2025-05-06'}");
        send("gongkai.fee.collected", "{'organ':'" + BUREAU + "','collectedOn':'2025-09-09','amount':'23456.78'}");
        send("gongkai.report.narrative-written", "{'organ':'" + COUNTY + "','year':2025,'section':'OTHER_MATTERS',"
                + "'text':'本年度收取信息处理费1件。\\n共计150.5元。'}");

        JsonNode receipt = api.sendBatch(("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8));
        JsonNode bureau = api.reportAtLeastAt(BUREAU, 2025, receipt.get("position").asLong());
        JsonNode county = api.getJson("/api/v1/organs/" + COUNTY + "/reports/2025");
        JsonNode rollUp = api.getJson("/api/v1/organs/" + COUNTY + "/reports/2025?scope=subtree");

        assertThat(receipt.get("appended").asInt()).isEqualTo(events.size());
        assertThat(bureau.at("/applications/WITHHELD_PROCESS_INFORMATION/RESEARCH_INSTITUTION").asLong()).isEqualTo(1);
        assertThat(bureau.at("/applications/RECEIVED/NATURAL_PERSON").asLong()).isZero();
        assertThat(bureau.at("/fees/NOTICES").asLong()).isEqualTo(1);
        assertThat(bureau.at("/fees/COLLECTED_YUAN").asText()).isEqualTo("150.50");
        assertThat(bureau.at("/reviewsAndLawsuits/REVIEW/CORRECTED").asLong()).isEqualTo(1);
        assertThat(bureau.at("/reviewsAndLawsuits/LAWSUIT_AFTER_REVIEW/PENDING").asLong()).isEqualTo(1);
        assertThat(bureau.at("/proactive/LICENSING/DECISIONS").asLong()).isEqualTo(12);
        assertThat(bureau.at("/proactive/PENALTY/DECISIONS").asLong()).isEqualTo(1);
        assertThat(bureau.at("/proactive/ADMINISTRATIVE_FEE/AMOUNT_10K_YUAN").asText()).isEqualTo("2.3457");
        assertThat(county.at("/applications/CARRIED_OVER_TO_NEXT_YEAR/NATURAL_PERSON").asLong()).isEqualTo(1);
        assertThat(county.at("/reviewsAndLawsuits/LAWSUIT_DIRECT/OTHER").asLong()).isEqualTo(1);
        assertThat(county.at("/proactive/REGULATION/ISSUED").asLong()).isEqualTo(1);
        assertThat(county.at("/proactive/REGULATION/REPEALED").asLong()).isEqualTo(1);
        assertThat(county.at("/proactive/REGULATION/IN_FORCE").asLong()).isEqualTo(4);
        assertThat(county.at("/narrative/OTHER_MATTERS").asText()).contains("\n");
        assertThat(rollUp.get("organs")).hasSize(2);
        assertThat(rollUp.at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(2);
        assertThat(rollUp.at("/proactive/LICENSING/DECISIONS").asLong()).isEqualTo(12);
        assertThat(rollUp.at("/reviewsAndLawsuits/LAWSUIT_DIRECT/TOTAL").asLong()).isEqualTo(1);
        // Only the prose this roll-up's organs have not written is warned of: the figures break no rule.
        assertThat(rollUp.get("findings")).extracting(f -> f.get("rule").asText())
                .containsOnly("NARRATIVE_SECTION_WRITTEN");
    }

    private void application(String organ, String id, String on) {
        send("gongkai.application.received", "{'organ':'" + organ + "','applicationId':'" + id
                + "','applicantType':'NATURAL_PERSON','receivedOn':'" + on + "','channel':'ONLINE'}");
    }

    private void send(String type, String data) {
        events.add("{\"specversion\":\"1.0\",\"id\":\"t-" + events.size() + "\",\"source\":\"/every-type\","
                + "\"type\":\"" + type + "\",\"data\":" + data.replace('\'', '"') + "}");
    }
}
