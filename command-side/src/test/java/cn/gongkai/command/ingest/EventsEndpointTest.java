package cn.gongkai.command.ingest;

import cn.gongkai.command.CommandSideApplication;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/events} over real HTTP, on a PostgreSQL database of its own. */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=command-side", "spring.datasource.hikari.maximum-pool-size=4"})
class EventsEndpointTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("events_endpoint");
    static final String ORGAN = "test-organ";
    static final AtomicInteger IDS = new AtomicInteger();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void organIsRegistered() throws Exception {
        post(EventsController.SINGLE, event("gongkai.organ.registered", "{\"organ\":\"" + ORGAN + "\",\"name\":\"测试机关\"}"));
    }

    @Test
    void a_single_event_is_appended_and_its_position_answered() throws Exception {
        HttpResponse<String> response = post(EventsController.SINGLE, received("A-1", "2025-03-03"));

        JsonNode body = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.at("/events/0/status").asText()).isEqualTo("APPENDED");
        assertThat(body.get("position").asLong()).isEqualTo(headPosition());
    }

    @Test
    void the_same_event_sent_again_is_a_duplicate_and_changes_nothing() throws Exception {
        String event = received("A-2", "2025-03-03");
        post(EventsController.SINGLE, event);
        long events = storedEvents();

        HttpResponse<String> again = post(EventsController.SINGLE, event);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).at("/events/0/status").asText()).isEqualTo("DUPLICATE");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void a_batch_with_refused_events_appends_nothing_and_names_every_refusal() throws Exception {
        long events = storedEvents();
        String batch = "[" + received("B-1", "2025-03-03") + ","
                + received("B-2", "2025-02-30") + ","
                + event("gongkai.application.decided", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\"B-1\","
                + "\"decidedOn\":\"2025-03-05\",\"outcome\":\"GRANTED\"}") + ","
                + event("gongkai.application.received", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\"B-3\","
                + "\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-03-03\",\"applicantName\":\"x\"}") + "]";

        HttpResponse<String> response = post(EventsController.BATCH, batch);

        JsonNode problem = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("data.receivedOn");
        assertThat(problem.at("/errors/1/field").asText()).isEqualTo("data.outcome");
        assertThat(problem.at("/errors/1/rule").asText()).isEqualTo("UNKNOWN_CODE");
        assertThat(problem.at("/errors/2/field").asText()).isEqualTo("data.applicantName");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void a_lifecycle_violation_late_in_a_batch_rolls_back_the_events_before_it() throws Exception {
        long events = storedEvents();
        long keys = ledgerKeys();
        String batch = "[" + received("C-1", "2025-03-03") + "," + decided("C-1", "2025-03-09", "DISCLOSED") + ","
                + decided("C-1", "2025-03-09", "WITHHELD_STATE_SECRET") + "]";

        HttpResponse<String> response = post(EventsController.BATCH, batch);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).at("/errors/0/rule").asText()).isEqualTo("ALREADY_DECIDED");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(ledgerKeys()).isEqualTo(keys);
    }

    @Test
    void the_same_decision_under_a_new_id_is_unchanged_and_a_different_one_is_a_conflict() throws Exception {
        post(EventsController.BATCH, "[" + received("D-1", "2025-03-03") + ","
                + decided("D-1", "2025-03-09", "DISCLOSED") + "]");

        HttpResponse<String> same = post(EventsController.SINGLE, decided("D-1", "2025-03-09", "DISCLOSED"));
        HttpResponse<String> other = post(EventsController.SINGLE, decided("D-1", "2025-03-09", "OTHER"));

        assertThat(json.readTree(same.body()).at("/events/0/status").asText()).isEqualTo("UNCHANGED");
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json.readTree(other.body()).at("/errors/0/detail").asText())
                .contains("already decided on 2025-03-09 as DISCLOSED");
    }

    @Test
    void an_id_reused_with_other_content_is_a_conflict_not_a_duplicate() throws Exception {
        String first = received("E-1", "2025-03-03");
        post(EventsController.SINGLE, first);
        String reused = first.replace("2025-03-03", "2025-03-04");

        HttpResponse<String> response = post(EventsController.SINGLE, reused);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).at("/errors/0/rule").asText()).isEqualTo("ID_REUSED");
    }

    @Test
    void a_date_after_today_in_shanghai_is_refused() throws Exception {
        LocalDate tomorrow = BusinessTime.today(Clock.systemUTC()).plusDays(1);

        HttpResponse<String> response = post(EventsController.SINGLE, received("F-1", tomorrow.toString()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body()).at("/errors/0/rule").asText()).isEqualTo("FUTURE_DATE");
    }

    @Test
    void events_of_an_unregistered_organ_are_refused() throws Exception {
        String event = event("gongkai.application.received", "{\"organ\":\"nobody\",\"applicationId\":\"G-1\","
                + "\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-03-03\"}");

        HttpResponse<String> response = post(EventsController.SINGLE, event);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body()).at("/errors/0/rule").asText()).isEqualTo("UNKNOWN_ORGAN");
    }

    @Test
    void an_organ_cannot_be_placed_under_its_own_descendant() throws Exception {
        post(EventsController.BATCH, "[" + event("gongkai.organ.registered", "{\"organ\":\"city\",\"name\":\"市\"}")
                + "," + event("gongkai.organ.registered", "{\"organ\":\"county\",\"name\":\"县\",\"parent\":\"city\"}")
                + "]");

        HttpResponse<String> cycle = post(EventsController.SINGLE, event("gongkai.organ.registered",
                "{\"organ\":\"city\",\"name\":\"市\",\"parent\":\"county\"}"));

        assertThat(cycle.statusCode()).isEqualTo(422);
        assertThat(json.readTree(cycle.body()).at("/errors/0/rule").asText()).isEqualTo("ORGAN_CYCLE");
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request_problem() throws Exception {
        HttpResponse<String> response = post(EventsController.SINGLE, "{\"specversion\": ");

        JsonNode problem = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem.get("type").asText()).isEqualTo("urn:gongkai:problem:malformed-request");
        assertThat(problem.get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void unknown_types_and_missing_attributes_are_named() throws Exception {
        String unknown = event("gongkai.application.teleported", "{}");
        String noSource = "{\"specversion\":\"1.0\",\"id\":\"x-1\",\"type\":\"gongkai.organ.registered\",\"data\":{}}";

        HttpResponse<String> response = post(EventsController.BATCH, "[" + unknown + "," + noSource + "]");

        JsonNode problem = json.readTree(response.body());
        assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("UNKNOWN_TYPE");
        assertThat(problem.at("/errors/1/field").asText()).isEqualTo("source");
    }

    private String received(String application, String on) {
        return event("gongkai.application.received", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\"" + application
                + "\",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"" + on + "\"}");
    }

    private String decided(String application, String on, String outcome) {
        return event("gongkai.application.decided", "{\"organ\":\"" + ORGAN + "\",\"applicationId\":\"" + application
                + "\",\"decidedOn\":\"" + on + "\",\"outcome\":\"" + outcome + "\"}");
    }

    private static String event(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"ev-" + IDS.incrementAndGet() + "\",\"source\":\"/test/system\","
                + "\"type\":\"" + type + "\",\"data\":" + data + "}";
    }

    private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                .header("Content-Type", contentType)
                .header("Authorization", TestAccess.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private long headPosition() {
        return jdbc.queryForObject("select max(globalIndex) from domainevententry", Long.class);
    }

    private long ledgerKeys() {
        return jdbc.queryForObject("select count(*) from ingested_cloud_event", Long.class);
    }
}
