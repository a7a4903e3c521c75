package cn.gongkai.bench;

import cn.gongkai.local.GongkaiLocalApplication;
import cn.gongkai.events.report.ConsistencyRules;
import cn.gongkai.query.audit.CheckpointWriter;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import cn.gongkai.verifier.Verifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Generated provinces, one per seed, sent through the service on PostgreSQL: the live report of every organ (and the
 * roll-up of the whole province) equals the as-of report of the same moment and what the verifier recomputes from the
 * export, figures, findings and digest, across a year close with carry-overs and back-dated decisions; replay
 * verification finds the live tables and counts equal to a rebuild, and after the operator's bulk rebuild every report
 * is as it was; every rendering of every organ-year, handed to the linter as published, reads back to the report's
 * figures.
 */
class GeneratedProvinceFiguresTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] TABLES = {"applications", "proactive", "reviewsAndLawsuits", "fees", "findings"};
    static final int YEAR = 2025;

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17, 101})
    void live_as_of_and_rebuilt_figures_agree(long seed) {
        // given a province generated from the seed, sent batch by batch
        Province province = Province.generate(12, 300, seed);
        PostgresTestDatabase database = PostgresTestDatabase.create("generated_" + seed);
        try (ConfigurableApplicationContext service = start(database)) {
            base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long last = sendAll(province, 100, jdbc);
            Instant moment = momentPassed();
            List<String> reports = reports(province);
            List<JsonNode> live = reports.stream().map(path -> send("GET", path, null)).toList();

            // when the same reports are asked as of that moment, the live tables verified and then rebuilt
            List<JsonNode> asOf = reports.stream().map(path -> send("GET", path + (path.contains("?") ? "&" : "?")
                    + "asOf=" + URLEncoder.encode(moment.toString(), StandardCharsets.UTF_8), null)).toList();
            JsonNode verified = send("POST", "/api/v1/audit/replay-verification", new byte[0]);
            String operation = send("POST", "/api/v1/operations/projection-rebuild", new byte[0]).get("id").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                    send("GET", "/api/v1/operations/" + operation, null).get("state").asText()));
            JsonNode rebuild = send("GET", "/api/v1/operations/" + operation, null);
            await().atMost(Duration.ofSeconds(60)).until(() -> position(jdbc) >= last);
            List<JsonNode> rebuilt = reports.stream().map(path -> send("GET", path, null)).toList();

            // then they all agree, table for table and digest for digest
            assertThat(verified.get("status").asText()).as(verified.toString()).isEqualTo("MATCH");
            assertThat(rebuild.get("state").asText()).as(rebuild.toString()).isEqualTo("DONE");
            for (int i = 0; i < reports.size(); i++) {
                assertThat(live.get(i).at("/applications/RECEIVED/TOTAL").asLong()).as(reports.get(i))
                        .isPositive();
                for (String table : TABLES) {
                    assertThat(asOf.get(i).get(table)).as(reports.get(i) + " " + table + " as of")
                            .isEqualTo(live.get(i).get(table));
                    assertThat(rebuilt.get(i).get(table)).as(reports.get(i) + " " + table + " rebuilt")
                            .isEqualTo(live.get(i).get(table));
                }
                assertThat(asOf.get(i).get("digest")).isEqualTo(live.get(i).get("digest"));
                assertThat(rebuilt.get(i).get("digest")).isEqualTo(live.get(i).get("digest"));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 23, 61})
    void live_as_of_now_and_the_verifier_agree_across_a_year_close(long seed) throws IOException {
        // given a province whose 2024 was closed before its decisions arrived, some of them back-dated into it
        Province province = Province.generate(12, 300, seed, 2024);
        PostgresTestDatabase database = PostgresTestDatabase.create("year_close_" + seed);
        try (ConfigurableApplicationContext service = start(database)) {
            base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            sendAll(province, 100, jdbc);
            Instant now = momentPassed();
            List<String> contradicted = new ArrayList<>();
            for (String path : yearCloseReports(province)) {
                // when each report of both years is asked live and as of now, and the verifier recomputes both
                // from the export of the organs' events
                String live = exchange("GET", path, null).body();
                String asOf = exchange("GET", path + (path.contains("?") ? "&" : "?") + "asOf="
                        + URLEncoder.encode(now.toString(), StandardCharsets.UTF_8), null).body();
                String organs = path.substring(0, path.indexOf("/reports/")) + "/events"
                        + (path.contains("?") ? path.substring(path.indexOf('?')) : "");
                List<String> export = exchange("GET", organs, null).body().lines()
                        .filter(line -> !line.isBlank()).toList();

                // then figures, findings and digest are the same from every source
                JsonNode liveReport = JSON.readTree(live);
                JsonNode asOfReport = JSON.readTree(asOf);
                for (String table : TABLES) {
                    assertThat(asOfReport.get(table)).as(path + " " + table).isEqualTo(liveReport.get(table));
                }
                assertThat(asOfReport.get("digest")).as(path).isEqualTo(liveReport.get("digest"));
                assertThat(Verifier.verify(export, live)).as(path + " live").isEmpty();
                assertThat(Verifier.verify(export, asOf)).as(path + " as of now").isEmpty();
                liveReport.get("findings").forEach(finding -> contradicted.add(finding.get("rule").asText()));
            }

            // and the year close shows in them: 2024's open applications carried into 2025, the back-dated
            // decisions warned of
            JsonNode province2025 = send("GET", "/api/v1/organs/" + province.root() + "/reports/2025?scope=subtree",
                    null);
            assertThat(province2025.at("/applications/CARRIED_OVER_FROM_LAST_YEAR/TOTAL").asLong()).isPositive();
            assertThat(contradicted).contains(ConsistencyRules.CARRY_OVER_CONTRADICTED);
        }
    }

    /** Both years' reports of every organ and of the whole province: the year closed and the year after it. */
    private static List<String> yearCloseReports(Province province) {
        List<String> paths = new ArrayList<>();
        for (int year : new int[]{2024, 2025}) {
            paths.add("/api/v1/organs/" + province.root() + "/reports/" + year + "?scope=subtree");
            province.organs().forEach(organ -> paths.add("/api/v1/organs/" + organ + "/reports/" + year));
        }
        return paths;
    }

    @Test
    void as_of_reports_folded_from_checkpoints_equal_the_full_fold() throws IOException {
        // given a province sent batch by batch, its moments noted between batches, its fold checkpointed often
        Province province = Province.generate(10, 900, 29);
        PostgresTestDatabase database = PostgresTestDatabase.create("checkpointed_as_of");
        try (ConfigurableApplicationContext service = start(database, "--gongkai.checkpoints.every=60",
                "--gongkai.checkpoints.minimum=15", "--gongkai.checkpoints.interval=PT0.05S")) {
            base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            CheckpointWriter writer = service.getBean(CheckpointWriter.class);
            List<Instant> moments = new ArrayList<>();
            long head = -1;
            for (byte[] batch : province.batches(40)) {
                head = Math.max(head, send("POST", "/api/v1/events", batch).get("position").asLong());
                moments.add(Instant.now());
            }
            long last = head;
            await().atMost(Duration.ofSeconds(60)).until(() -> writer.scanned() >= last);
            List<Checkpointed> saved = jdbc.query("select organ, recorded_through from fold_checkpoint",
                    (rs, row) -> new Checkpointed(rs.getString(1), Instant.ofEpochSecond(0, rs.getLong(2))));
            assertThat(saved).as("checkpoints written").hasSizeGreaterThan(20);

            // when 100 (organ, instant) pairs are asked, the last 20 while most checkpoints are gone and the
            // projections are being rebuilt: right at a checkpoint, just before one, before the organ's first one,
            // and at moments between batches
            Random random = new Random(29);
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Checkpointed checkpoint = saved.get(random.nextInt(saved.size()));
                pairs.add(switch (i % 4) {
                    case 0 -> new Pair(checkpoint.organ(), checkpoint.recordedThrough());
                    case 1 -> new Pair(checkpoint.organ(), checkpoint.recordedThrough().minusNanos(1));
                    case 2 -> new Pair(checkpoint.organ(), saved.stream().filter(c -> c.organ().equals(
                            checkpoint.organ())).map(Checkpointed::recordedThrough).min(Instant::compareTo)
                            .orElseThrow().minusMillis(1 + random.nextInt(50)));
                    default -> new Pair(province.organs().get(random.nextInt(province.organs().size())),
                            moments.get(random.nextInt(moments.size())));
                });
            }
            int fromCheckpoints = 0;
            for (int i = 0; i < pairs.size(); i++) {
                if (i == 80) {
                    jdbc.update("delete from fold_checkpoint where position > ?", last / 2);
                    send("POST", "/api/v1/operations/projection-rebuild", new byte[0]);
                }
                Pair pair = pairs.get(i);
                String path = "/api/v1/organs/" + pair.organ() + "/reports/" + YEAR + "?asOf="
                        + URLEncoder.encode(pair.instant().toString(), StandardCharsets.UTF_8);
                HttpResponse<String> checkpointed = exchange("GET", path, null);
                HttpResponse<String> full = exchange("GET", path + "&fold=full", null);

                // then each equals the fold from the first event, cell for cell and in its digest
                JsonNode fromCheckpoint = JSON.readTree(checkpointed.body());
                JsonNode fromFirstEvent = JSON.readTree(full.body());
                assertThat(fromCheckpoint.get("digest")).as(pair + " digest").isEqualTo(fromFirstEvent.get("digest"));
                assertThat(fromCheckpoint).as(pair.toString()).isEqualTo(fromFirstEvent);
                assertThat(full.headers().firstValue("Gongkai-Folded-From")).contains("first event");
                if (checkpointed.headers().firstValue("Gongkai-Folded-From").orElseThrow().startsWith("checkpoint")) {
                    fromCheckpoints++;
                }
            }
            assertThat(fromCheckpoints).as("reports folded from a checkpoint").isGreaterThan(50);
        }
    }

    private record Checkpointed(String organ, Instant recordedThrough) {
    }

    private record Pair(String organ, Instant instant) {
    }

    @Test
    void every_rendering_of_every_organ_year_lints_back_to_the_reports_figures_without_an_error() {
        // given a generated province, every organ's report of both years in each format Gongkai writes
        Province province = Province.generate(8, 250, 41);
        PostgresTestDatabase database = PostgresTestDatabase.create("generated_renderings");
        try (ConfigurableApplicationContext service = start(database)) {
            base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            sendAll(province, 200, jdbc);
            int linted = 0;
            for (String organ : province.organs()) {
                for (int year : new int[]{2024, 2025}) {
                    String path = "/api/v1/organs/" + organ + "/reports/" + year;
                    JsonNode report = send("GET", path, null);
                    for (Map.Entry<String, String> format : RENDERINGS.entrySet()) {
                        byte[] rendering = bytes(path + "?format=" + format.getKey());

                        // when it is handed to the linter as published
                        JsonNode result = lint(format.getValue(), rendering);

                        // then it reads back the JSON report's figures, and breaks no rule
                        for (String table : new String[]{"applications", "proactive", "reviewsAndLawsuits"}) {
                            assertThat(result.at("/read/" + table)).as(path + " " + format.getKey() + " " + table)
                                    .isEqualTo(report.get(table));
                        }
                        assertThat(result.get("errors").asInt()).as(path + " " + format.getKey() + ": " + result)
                                .isZero();
                        linted++;
                    }
                }
            }
            assertThat(linted).isEqualTo(province.organs().size() * 2 * RENDERINGS.size());
        }
    }

    /** Each rendering by its format parameter, and the media type the linter reads it as. */
    static final Map<String, String> RENDERINGS = Map.of("txt", "text/plain; charset=UTF-8",
            "html", "text/html; charset=UTF-8", "csv", "text/csv",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", TestAccess.authorization()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode lint(String contentType, byte[] body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/lint"))
                    .header("Authorization", TestAccess.authorization()).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(contentType + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The report of every organ that received applications, and the roll-up of the province. */
    private static List<String> reports(Province province) {
        List<String> paths = new ArrayList<>();
        paths.add("/api/v1/organs/" + province.root() + "/reports/" + YEAR + "?scope=subtree");
        paths.add("/api/v1/organs/" + province.largest() + "/reports/" + YEAR);
        return paths;
    }

    /** Sends the province batch by batch and waits until the live tables reflect it; the last position sent. */
    private long sendAll(Province province, int batchSize, JdbcTemplate jdbc) {
        long head = -1;
        for (byte[] batch : province.batches(batchSize)) {
            head = Math.max(head, send("POST", "/api/v1/events", batch).get("position").asLong());
        }
        long last = head;
        await().atMost(Duration.ofSeconds(60)).until(() -> position(jdbc) >= last);
        return last;
    }

    /** This moment, once the clock has passed it: every event recorded so far is recorded by then. */
    private static Instant momentPassed() {
        Instant moment = Instant.now();
        await().until(() -> Instant.now().isAfter(moment.plusMillis(1)));
        return moment;
    }

    private static long position(JdbcTemplate jdbc) {
        Long position = jdbc.query("select position from projection_position where processor = 'statistics'",
                rs -> rs.next() ? rs.getLong(1) : -1L);
        return position == null ? -1 : position;
    }

    private JsonNode send(String method, String path, byte[] body) {
        try {
            return JSON.readTree(exchange(method, path, body).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> exchange(String method, String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", TestAccess.authorization());
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", path.endsWith("/events") ? "application/cloudevents-batch+json"
                    : "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 202);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(PostgresTestDatabase database, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--gongkai.sample=none",
                "--logging.level.root=WARN", "--spring.datasource.hikari.maximum-pool-size=4"));
        args.addAll(List.of(settings));
        database.springProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES).run(args.toArray(String[]::new));
    }
}
