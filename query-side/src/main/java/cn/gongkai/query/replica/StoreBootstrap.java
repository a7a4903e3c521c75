package cn.gongkai.query.replica;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.events.kafka.PositionRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Copies positions the events topic no longer holds from the command side's store, through its export
 * ({@code GET /api/v1/stored-events}, an administrator's credential): the events, with the fields their records on
 * the topic carry, and the positions that hold none. The topic goes on from there as before; what both bring is
 * written once.
 */
final class StoreBootstrap {

    private static final Logger log = LoggerFactory.getLogger(StoreBootstrap.class);
    private static final int BATCH = 500;

    private final ReplicaSettings.Bootstrap settings;
    private final ReplicaWriter writer;
    private final ObjectMapper json;
    private final HttpClient http;

    StoreBootstrap(ReplicaSettings.Bootstrap settings, ReplicaWriter writer, ObjectMapper json) {
        this.settings = settings;
        this.writer = writer;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Copies each range from the store; a range that cannot be copied now is left for the next check. */
    void copy(List<PositionRange> missing) {
        for (PositionRange range : missing) {
            try {
                Copied copied = copy(range);
                log.info("Copied positions {} from the command side's store: {} events, {} positions without one",
                        range, copied.events(), copied.absent());
            } catch (IOException | RuntimeException e) {
                log.warn("Positions {} not copied from the command side's store ({}) now; tried again at the next "
                        + "check", range, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Copied copy(PositionRange range) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url().replaceAll("/+$", "")
                        + "/api/v1/stored-events?from=" + range.first() + "&to=" + range.last()))
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", "application/jsonl")
                .timeout(settings.timeout())
                .GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the command side answered " + response.statusCode() + ": "
                        + lines.lines().reduce("", String::concat));
            }
            return read(lines, range);
        }
    }

    private Copied read(BufferedReader lines, PositionRange range) throws IOException {
        List<Object[]> events = new ArrayList<>();
        List<PositionRange> absent = new ArrayList<>();
        long eventCount = 0;
        long absentCount = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            JsonNode line = json.readTree(text);
            if (line.has(KafkaContract.WATERMARK)) {
                writer.copy(events, absent);
                if (line.get(KafkaContract.WATERMARK).asLong() < range.last()) {
                    throw new IllegalStateException("the export stopped at position "
                            + line.get(KafkaContract.WATERMARK).asText());
                }
                return new Copied(eventCount + events.size(), absentCount + PositionRange.count(absent));
            }
            if (line.has(KafkaContract.ABSENT)) {
                absent.add(PositionRange.parse(line.get(KafkaContract.ABSENT).asText()));
            } else {
                events.add(ReplicaWriter.row(key -> line.path(key).textValue(), bytes(line, KafkaContract.META_DATA),
                        bytes(line, KafkaContract.EXPORT_VALUE)));
            }
            if (events.size() + absent.size() >= BATCH) {
                writer.copy(events, absent);
                eventCount += events.size();
                absentCount += PositionRange.count(absent);
                events.clear();
                absent.clear();
            }
        }
        writer.copy(events, absent);
        throw new IllegalStateException("the export was cut short; what came is kept");
    }

    private static byte[] bytes(JsonNode line, String key) {
        JsonNode value = line.get(key);
        return value == null || value.isNull() ? null : Base64.getDecoder().decode(value.asText());
    }

    private record Copied(long events, long absent) {
    }
}
