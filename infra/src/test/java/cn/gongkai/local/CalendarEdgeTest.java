package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The statutory clock at the edge of the last year with a working-day calendar (2026 is the last shipped): a due
 * date running into 2027 is named as awaiting that calendar, while every other application of the organ keeps its
 * clock, in late December and after New Year alike; a fee notice lapsing in 2027 waits, and the others still lapse.
 */
@ServiceOnPostgres
@Import(CalendarEdgeTest.Settable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarEdgeTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("calendar_edge");
    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-12-28T04:00:00Z"));
    static final String ORGAN = "edge-office";
    static final String FEE_ORGAN = "edge-fee-office";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration
    static class Settable {
        @Bean
        @Primary
        Clock settable() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    private Api api;

    @BeforeAll
    void applicationsDueBeforeAndAfterNewYearAndTwoFeeNotices() {
        api = new Api(port);
        long position = api.sendBatch(batch(
                event("gongkai.organ.registered", "{'organ':'" + ORGAN + "','name':'日历边界测试办公室'}"),
                event("gongkai.organ.registered", "{'organ':'" + FEE_ORGAN + "','name':'日历边界收费办公室'}"),
                received(ORGAN, "LATE", "2026-11-02"),
                received(ORGAN, "IN_TIME", "2026-12-02"),
                received(ORGAN, "INTO_2027", "2026-12-04"),
                received(FEE_ORGAN, "FEE_EARLY", "2026-11-02"), charged("FEE_EARLY", "2026-11-03"),
                received(FEE_ORGAN, "FEE_LATE", "2026-12-01"), charged("FEE_LATE", "2026-12-10")))
                .get("position").asLong();
        api.reportAtLeastAt(ORGAN, 2026, position);
    }

    @Test
    void in_late_december_a_due_date_in_2027_awaits_that_calendar_and_the_others_keep_their_clock() {
        CLOCK.set("2026-12-28T04:00:00Z");

        JsonNode open = list("open");
        JsonNode dashboard = api.getJson("/api/v1/organs/" + ORGAN + "/dashboard");

        assertThat(ids(open)).containsExactly("LATE", "IN_TIME", "INTO_2027");
        assertThat(open.at("/applications/0/dueOn").asText()).isEqualTo("2026-11-30");
        assertThat(open.at("/applications/0/workingDaysLeft").asInt()).isEqualTo(-20);
        assertThat(open.at("/applications/1/dueOn").asText()).isEqualTo("2026-12-30");
        assertThat(open.at("/applications/1/workingDaysLeft").asInt()).isEqualTo(2);
        JsonNode awaiting = open.at("/applications/2");
        assertThat(awaiting.get("dueOn").isNull()).isTrue();
        assertThat(awaiting.get("awaitingCalendar").asInt()).isEqualTo(2027);
        assertThat(awaiting.get("overdue").asBoolean()).as("due after 2026-12-31, so not yet").isFalse();
        assertThat(ids(list("overdue"))).containsExactly("LATE");
        assertThat(ids(list("due-soon"))).containsExactly("IN_TIME");
        assertThat(dashboard.get("clock").toString())
                .isEqualTo("{\"overdue\":1,\"dueSoon\":1,\"awaitingCalendar\":1,\"calendarYear\":2027}");
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver;
            page.get("http://localhost:" + port + "/?organ=" + ORGAN + DashboardInBrowserTest.TOKEN_FRAGMENT);
            await().atMost(Duration.ofSeconds(20)).until(() -> text(page, "count-overdue").equals("1"));
            assertThat(text(page, "count-dueSoon")).isEqualTo("1");
            assertThat(text(page, "count-awaiting-calendar")).isEqualTo("另有 1 件期限待载入 2027 年工作日历");
            browser.screenshot("dashboard-awaiting-calendar");
        }
    }

    @Test
    void after_new_year_without_its_calendar_what_was_due_in_2026_is_overdue_and_the_rest_is_not_guessed() {
        CLOCK.set("2027-01-05T04:00:00Z");

        JsonNode open = list("open");
        JsonNode dashboard = api.getJson("/api/v1/organs/" + ORGAN + "/dashboard");

        assertThat(ids(list("overdue"))).containsExactly("LATE", "IN_TIME");
        assertThat(open.at("/applications/0/workingDaysLeft").isNull()).as("counting 2027 needs its calendar").isTrue();
        assertThat(open.at("/applications/2/overdue").isNull()).as("not known until 2027's calendar").isTrue();
        assertThat(list("due-soon").get("applications")).isEmpty();
        assertThat(dashboard.get("clock").toString())
                .isEqualTo("{\"overdue\":2,\"dueSoon\":0,\"awaitingCalendar\":1,\"calendarYear\":2027}");
    }

    @Test
    void a_fee_notice_lapsing_in_2027_waits_for_that_calendar_and_the_one_lapsed_in_2026_closes() {
        CLOCK.set("2026-12-28T04:00:00Z");

        JsonNode lapsed = api.read(api.post("/api/v1/processing-fees/lapse", "application/json", new byte[0]).body());

        assertThat(lapsed).hasSize(1);
        assertThat(lapsed.at("/0/applicationId").asText()).isEqualTo("FEE_EARLY");
        assertThat(lapsed.at("/0/lastDayToPay").asText()).isEqualTo("2026-12-01");
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().trim();
    }

    private JsonNode list(String status) {
        return api.getJson("/api/v1/organs/" + ORGAN + "/applications?status=" + status);
    }

    private static List<String> ids(JsonNode list) {
        return list.get("applications").findValuesAsText("applicationId");
    }

    private static String received(String organ, String id, String on) {
        return event("gongkai.application.received", "{'organ':'" + organ + "','applicationId':'" + id
                + "','applicantType':'NATURAL_PERSON','receivedOn':'" + on + "'}");
    }

    private static String charged(String id, String on) {
        return event("gongkai.processing-fee.charged", "{'organ':'" + FEE_ORGAN + "','applicationId':'" + id
                + "','on':'" + on + "','amount':'100'}");
    }

    private static String event(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + Integer.toHexString((type + data).hashCode())
                + "\",\"source\":\"/calendar-edge\",\"type\":\"" + type + "\",\"data\":" + data.replace('\'', '"')
                + "}";
    }

    private static byte[] batch(String... events) {
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }

    /** A clock the test moves: the service reads "today" from it on every request. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
