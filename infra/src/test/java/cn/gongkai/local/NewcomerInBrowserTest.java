package cn.gongkai.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer's first minutes, on today's clock: the embedded default started as the README starts it (sample year
 * loaded, no token configured) prints a dashboard link, and that link, opened in a real browser, shows the sample
 * year's figures in Chinese glyphs — not the current year's zeros; the printed token authorises Swagger UI's "Try it
 * out".
 */
@ExtendWith(OutputCaptureExtension.class)
class NewcomerInBrowserTest {

    static final Pattern DASHBOARD_LINK = Pattern.compile("Dashboard with this token: (http://\\S+#token=\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void given_the_embedded_default_with_its_sample_when_the_printed_link_is_opened_then_the_sample_year_shows(
            CapturedOutput output) {
        Map<String, String> expected = JuluSample.expectedCells().stream()
                .filter(cell -> cell.table().equals("applications") && cell.column().equals("TOTAL"))
                .collect(Collectors.toMap(JuluSample.Cell::row, JuluSample.Cell::value));
        try (ConfigurableApplicationContext service = start(); Browser browser = Browser.start()) {
            Matcher printed = DASHBOARD_LINK.matcher(output.getOut());
            assertThat(printed.find()).as(output.getOut()).isTrue();
            String link = printed.group(1);
            assertThat(link).contains("organ=" + JuluSample.ORGAN, "year=" + JuluSample.YEAR);

            WebDriver page = browser.driver;
            page.get(link);
            await().atMost(Duration.ofSeconds(30)).until(() -> text(page, "count-received")
                    .equals(expected.get("RECEIVED")));
            assertThat(text(page, "count-decided")).isEqualTo(expected.get("RESULT_TOTAL"));
            assertThat(text(page, "count-carriedOver")).isEqualTo(expected.get("CARRIED_OVER_FROM_LAST_YEAR"));
            assertThat(text(page, "count-open")).isEqualTo(expected.get("CARRIED_OVER_TO_NEXT_YEAR"));
            assertThat(text(page, "heading")).contains("巨鹿县", JuluSample.YEAR + " 年度");
            boolean pastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() > JuluSample.YEAR;
            assertThat(text(page, "label-open")).isEqualTo(pastYear ? "结转下年度" : "正在办理");
            assertDrawsChineseGlyphs(page);
            browser.screenshot("newcomer-dashboard");

            String front = link.substring(0, link.indexOf('?')) + link.substring(link.indexOf('#'));
            page.get(front);
            await().atMost(Duration.ofSeconds(30)).until(() -> text(page, "heading")
                    .contains(JuluSample.YEAR + " 年度"));
            assertThat(text(page, "count-received")).as("no year asked: the latest with data")
                    .isEqualTo(expected.get("RECEIVED"));

            page.get(front.replace("/#", "/report.html?organ=" + JuluSample.ORGAN + "#"));
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> !page.findElements(By.id("cell-RECEIVED-TOTAL")).isEmpty());
            assertThat(page.findElement(By.id("year")).getAttribute("value")).isEqualTo(JuluSample.YEAR + "");
            assertThat(text(page, "cell-RECEIVED-TOTAL")).isEqualTo(expected.get("RECEIVED"));
            browser.screenshot("newcomer-report");

            // The publishable page, as a portal would serve it: the report in Chinese glyphs, and no finding.
            String token = link.substring(link.indexOf("#token=") + "#token=".length());
            ((ChromeDriver) page).executeCdpCommand("Network.enable", Map.of());
            ((ChromeDriver) page).executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", "Bearer " + token)));
            page.get(link.substring(0, link.indexOf('?')) + "api/v1/organs/" + JuluSample.ORGAN + "/reports/"
                    + JuluSample.YEAR + "?format=html");
            assertThat(page.findElement(By.tagName("h1")).getText()).contains("巨鹿县人民政府办公室",
                    JuluSample.YEAR + "年政府信息公开工作年度报告");
            assertThat(page.findElements(By.tagName("table"))).hasSize(3);
            assertThat(page.findElement(By.tagName("body")).getText()).contains("注：本表统计口径为")
                    .doesNotContain("勾稽关系检查");
            assertDrawsChineseGlyphs(page);
            browser.screenshot("newcomer-publishable-report");
        }
    }

    @Test
    void given_the_printed_token_when_authorised_in_swagger_ui_then_try_it_out_answers_200(CapturedOutput output) {
        try (ConfigurableApplicationContext service = start(); Browser browser = Browser.start()) {
            Matcher printed = DASHBOARD_LINK.matcher(output.getOut());
            assertThat(printed.find()).as(output.getOut()).isTrue();
            String link = printed.group(1);
            String token = link.substring(link.indexOf("#token=") + "#token=".length());
            WebDriver page = browser.driver;

            page.get(link.substring(0, link.indexOf('?')) + "swagger-ui.html");
            click(page, By.cssSelector("button.authorize"));
            page.findElement(By.cssSelector(".modal-ux input")).sendKeys(token);
            click(page, By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize"));
            click(page, By.cssSelector(".modal-ux button.btn-done"));

            click(page, By.cssSelector(".opblock-get .opblock-summary-path[data-path='/api/v1/organs']"));
            click(page, By.cssSelector(".opblock.is-open button.try-out__btn"));
            click(page, By.cssSelector(".opblock.is-open button.execute"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !page.findElements(
                    By.cssSelector(".opblock.is-open .live-responses-table tbody .response-col_status")).isEmpty());
            browser.screenshot("newcomer-swagger-ui");
            assertThat(page.findElement(By.cssSelector(".opblock.is-open .live-responses-table tbody .response-col_status"))
                    .getText()).startsWith("200");
            assertThat(page.findElement(By.cssSelector(".opblock.is-open .live-responses-table tbody .response-col_description"))
                    .getText()).contains(JuluSample.ORGAN);
        }
    }

    /** Waits for the element to be shown, then clicks it (Swagger UI renders as it goes). */
    private static void click(WebDriver page, By element) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            page.findElement(element).click();
            return true;
        });
    }

    /**
     * Two different characters drawn in the page's font give two different images: with no font for Chinese both
     * would be the same empty box (or nothing at all).
     */
    private static void assertDrawsChineseGlyphs(WebDriver page) {
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) ((JavascriptExecutor) page).executeScript("""
                const font = getComputedStyle(document.body).fontFamily;
                return ['公', '开', '\\uE000'].map(ch => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 48; canvas.height = 48;
                  const g = canvas.getContext('2d');
                  g.font = '40px ' + font;
                  g.fillText(ch, 4, 40);
                  return canvas.toDataURL();
                });""");
        assertThat(drawn.get(0)).as("公 and 开 drawn alike: no font with Chinese glyphs (run infra/bin/install-browser)")
                .isNotEqualTo(drawn.get(1));
        assertThat(drawn.get(0)).as("公 drawn as a missing glyph").isNotEqualTo(drawn.get(2));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES)
                .run("--gongkai.data-dir=" + dataDir, "--server.port=0", "--gongkai.sample=julu-2025");
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText().trim();
    }
}
