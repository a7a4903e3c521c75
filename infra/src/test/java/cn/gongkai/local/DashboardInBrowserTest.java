package cn.gongkai.local;

import cn.gongkai.events.report.ApplicationColumn;
import cn.gongkai.events.report.ApplicationRow;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
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
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A disclosure office watches its dashboard in a real browser (headless Debian Chromium) while a department sends an
 * application over HTTP: the count changes on the page within a second, without a reload. The dashboard's figures
 * are the report's cells, and every cell of the report page lists the applications behind it.
 */
@ServiceOnPostgres
@Import(DashboardInBrowserTest.LastDayOf2025.class)
class DashboardInBrowserTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("dashboard_browser");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The dashboard shows the current year: the sample's, on its last day (noon in Shanghai). */
    @TestConfiguration
    static class LastDayOf2025 {
        @Bean
        @Primary
        Clock lastDayOf2025() {
            return Clock.fixed(Instant.parse("2025-12-31T04:00:00Z"), ZoneOffset.UTC);
        }
    }

    /** The token handed to the page in the address fragment, as an operator's link would. */
    static final String TOKEN_FRAGMENT = "#token=" + TestAccess.BOOTSTRAP_TOKEN;

    @LocalServerPort
    int port;

    @Test
    void a_new_application_sent_over_http_shows_on_the_open_dashboard_within_a_second() {
        Api api = new Api(port);
        long loaded = api.sendBatch(JuluSample.events()).get("position").asLong();
        api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, loaded);

        JsonNode before = api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/dashboard");

        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver;
            page.get(base() + "/?organ=" + JuluSample.ORGAN + TOKEN_FRAGMENT);
            await().atMost(Duration.ofSeconds(20)).until(
                    () -> text(page, "count-received").equals(before.get("received").asText()));
            assertThat(text(page, "count-decided")).isEqualTo(before.get("decided").asText());
            assertThat(text(page, "count-open")).isEqualTo(before.get("open").asText());
            assertThat(text(page, "count-reviews")).isEqualTo("1");
            assertThat(page.findElements(By.cssSelector("#chart-outcomes canvas"))).isNotEmpty();
            browser.screenshot("dashboard-before");

            api.sendBatch(("[" + received("JL-YSQ-2025-900", "browser-1") + "]").getBytes(StandardCharsets.UTF_8));
            long sent = System.nanoTime();

            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> text(page, "count-received").equals(before.get("received").asLong() + 1 + ""));
            long millis = (System.nanoTime() - sent) / 1_000_000;
            assertThat(text(page, "count-open")).isEqualTo(before.get("open").asLong() + 1 + "");
            browser.screenshot("dashboard-after");
            System.out.printf("The dashboard showed the new application %d ms after the HTTP request returned%n",
                    millis);
        }
    }

    @Test
    void every_cell_of_the_report_page_lists_the_applications_behind_it_and_the_dashboard_shows_the_same_cells() {
        Api api = new Api(port);
        api.sendBatch(JuluSample.events());
        long position = api.sendBatch(("[" + received("JL-YSQ-2025-901", "browser-2") + "]")
                .getBytes(StandardCharsets.UTF_8)).get("position").asLong();
        JsonNode report = api.reportAtLeastAt(JuluSample.ORGAN, JuluSample.YEAR, position);
        JsonNode table = report.get("applications");

        JsonNode dashboard = api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/dashboard");
        assertThat(dashboard.get("received").asLong()).isEqualTo(table.at("/RECEIVED/TOTAL").asLong());
        assertThat(dashboard.get("carriedOver").asLong())
                .isEqualTo(table.at("/CARRIED_OVER_FROM_LAST_YEAR/TOTAL").asLong());
        assertThat(dashboard.get("decided").asLong()).isEqualTo(table.at("/RESULT_TOTAL/TOTAL").asLong());
        assertThat(dashboard.get("open").asLong()).isEqualTo(table.at("/CARRIED_OVER_TO_NEXT_YEAR/TOTAL").asLong());
        assertThat(dashboard.at("/reviews/total").asLong())
                .isEqualTo(report.at("/reviewsAndLawsuits/REVIEW/TOTAL").asLong());
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicationColumn column : ApplicationColumn.values()) {
                JsonNode cell = api.getJson("/api/v1/organs/" + JuluSample.ORGAN + "/reports/2025/cells/"
                        + row + "/" + column + "/applications");
                assertThat(cell.get("applications").size()).as("%s / %s", row, column)
                        .isEqualTo(table.get(row.name()).get(column.name()).asInt());
            }
        }

        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver;
            page.get(base() + "/report.html?organ=" + JuluSample.ORGAN + "&year=2025" + TOKEN_FRAGMENT);
            await().atMost(Duration.ofSeconds(20)).until(
                    () -> !page.findElements(By.id("cell-RECEIVED-TOTAL")).isEmpty());
            assertThat(page.findElement(By.id("applications")).getText())
                    .contains(ApplicationRow.RECEIVED.label(), ApplicationRow.RESULTS_HEADING,
                            ApplicationRow.WITHHELD_STATE_SECRET.label(), ApplicationColumn.ORGANISATIONS_HEADING,
                            ApplicationColumn.LEGAL_SERVICE_INSTITUTION.label(),
                            ApplicationRow.CARRIED_OVER_TO_NEXT_YEAR.label());
            for (ApplicationRow row : ApplicationRow.values()) {
                for (ApplicationColumn column : ApplicationColumn.values()) {
                    assertThat(page.findElement(By.id("cell-" + row + "-" + column)).getText()).as("%s / %s", row, column)
                            .isEqualTo(table.get(row.name()).get(column.name()).asText());
                }
            }

            page.findElement(By.cssSelector("#cell-RECEIVED-TOTAL a")).click();
            int received = table.at("/RECEIVED/TOTAL").asInt();
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> page.findElements(By.cssSelector("#cell-applications li")).size() == received);
            assertThat(page.findElement(By.id("cell-applications")).getText()).contains("JL-YSQ-2025-901");
            browser.screenshot("report");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().trim();
    }

    private static String received(String applicationId, String eventId) {
        return """
                {"specversion":"1.0","id":"%s","source":"/julu-county/test","type":"gongkai.application.received",
                 "data":{"organ":"%s","applicationId":"%s","applicantType":"NATURAL_PERSON",
                         "receivedOn":"2025-12-31","channel":"ONLINE"}}""".formatted(eventId, JuluSample.ORGAN,
                applicationId);
    }
}
