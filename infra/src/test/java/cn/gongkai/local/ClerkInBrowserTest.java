package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A township's disclosure desk, with no system of its own, keeps its applications on the clerk's page in a real
 * browser (headless Debian Chromium) with a department credential: it registers applications, requests a correction,
 * records it and decides; a decision dated before the receipt is refused next to its date; the open applications
 * are listed with their due dates, overdue first; the report and the dashboard show what was recorded.
 */
@ServiceOnPostgres
@Import(ClerkInBrowserTest.LastDayOf2025.class)
class ClerkInBrowserTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("clerk_browser");
    static final String ORGAN = "clerk-township";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Today is the last day of 2025 (noon in Shanghai): the spring's application is long overdue. */
    @TestConfiguration
    static class LastDayOf2025 {
        @Bean
        @Primary
        Clock lastDayOf2025() {
            return Clock.fixed(Instant.parse("2025-12-31T04:00:00Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void a_clerk_registers_requests_a_correction_and_decides_and_a_decision_before_the_receipt_is_refused() {
        Api admin = new Api(port);
        admin.sendBatch(("[" + AccessMatrixTest.organ(ORGAN, null) + "]").getBytes(StandardCharsets.UTF_8));
        String token = AccessMatrixTest.issue(admin, "township desk", "DEPARTMENT", ORGAN);

        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver;
            page.get("http://localhost:" + port + "/clerk.html?organ=" + ORGAN + "#token=" + token);
            await().atMost(Duration.ofSeconds(20)).until(() -> page.findElements(By.cssSelector("#outcome option"))
                    .size() == 21);

            submit(page, "received", Map.of("applicationId", "XZ-2025-001", "applicantType", "NATURAL_PERSON",
                    "receivedOn", "2025-03-03", "channel", "ONLINE"));
            submit(page, "received", Map.of("applicationId", "XZ-2025-002", "applicantType", "COMMERCIAL_ENTERPRISE",
                    "receivedOn", "2025-12-22"));
            await().atMost(Duration.ofSeconds(10)).until(() -> openRows(page).size() == 2);
            assertThat(openRows(page).get(0).getText()).contains("XZ-2025-001", "自然人", "超期");
            assertThat(openRows(page).get(0).getAttribute("class")).isEqualTo("overdue");
            assertThat(openRows(page).get(1).getText()).contains("XZ-2025-002", "商业企业");
            submit(page, "correction-requested", Map.of("applicationId", "XZ-2025-001", "requestedOn", "2025-03-05"));
            submit(page, "corrected", Map.of("applicationId", "XZ-2025-001", "correctedOn", "2025-03-10"));

            WebElement decision = form(page, "decided");
            fill(page, decision, Map.of("applicationId", "XZ-2025-001", "decidedOn", "2025-03-01",
                    "outcome", "DISCLOSED"));
            decision.findElement(By.tagName("button")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !refusal(decision, "decidedOn").isEmpty());
            assertThat(refusal(decision, "decidedOn")).contains("日期早于收到申请日期", "2025-03-03");
            browser.screenshot("clerk-refused-decision");

            submit(page, "decided", Map.of("applicationId", "XZ-2025-001", "decidedOn", "2025-03-20",
                    "outcome", "DISCLOSED"));
            await().atMost(Duration.ofSeconds(10)).until(() -> openRows(page).size() == 1);
            assertThat(refusal(form(page, "decided"), "decidedOn")).isEmpty();
            browser.screenshot("clerk-decided");

            await().atMost(Duration.ofSeconds(10)).until(() -> admin.getJson("/api/v1/organs/" + ORGAN
                    + "/reports/2025").at("/applications/RESULT_TOTAL/TOTAL").asLong() == 1);
            JsonNode report = admin.getJson("/api/v1/organs/" + ORGAN + "/reports/2025");
            assertThat(report.at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(2);
            assertThat(report.at("/applications/DISCLOSED/NATURAL_PERSON").asLong()).isEqualTo(1);
            assertThat(report.at("/applications/CARRIED_OVER_TO_NEXT_YEAR/COMMERCIAL_ENTERPRISE").asLong())
                    .isEqualTo(1);

            page.get("http://localhost:" + port + "/?organ=" + ORGAN);
            await().atMost(Duration.ofSeconds(20)).until(() -> "1".equals(text(page, "count-decided")));
            assertThat(text(page, "count-received")).isEqualTo("2");
            assertThat(text(page, "count-open")).isEqualTo("1");
            page.get("http://localhost:" + port + "/report.html?organ=" + ORGAN + "&year=2025");
            await().atMost(Duration.ofSeconds(20)).until(() -> !page.findElements(By.id("cell-DISCLOSED-TOTAL"))
                    .isEmpty());
            assertThat(text(page, "cell-DISCLOSED-NATURAL_PERSON")).isEqualTo("1");
        }
    }

    private static void submit(WebDriver page, String type, Map<String, String> fields) {
        WebElement form = form(page, type);
        fill(page, form, fields);
        form.findElement(By.tagName("button")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> form.findElement(By.className("result")).getText()
                .startsWith("已记录"));
        assertThat(form.findElements(By.className("refusal"))).allSatisfy(span -> assertThat(span.getText()).isEmpty());
    }

    private static WebElement form(WebDriver page, String type) {
        return page.findElement(By.cssSelector("form[data-type='" + type + "']"));
    }

    /** Types each field; a date input takes its value as the page's date picker would set it. */
    private static void fill(WebDriver page, WebElement form, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            WebElement field = form.findElement(By.name(name));
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByValue(value);
            } else if ("date".equals(field.getAttribute("type"))) {
                ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]", field, value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
    }

    private static String refusal(WebElement form, String field) {
        return form.findElement(By.cssSelector(".refusal[data-for='" + field + "']")).getText();
    }

    private static List<WebElement> openRows(WebDriver page) {
        return page.findElements(By.cssSelector("#open tbody tr"));
    }

    private static String text(WebDriver page, String id) {
        List<WebElement> found = page.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
