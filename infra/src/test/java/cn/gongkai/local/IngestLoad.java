package cn.gongkai.local;

import cn.gongkai.events.kafka.KafkaContract;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments' applications on {@code gongkai.ingest.v1}, each received and decided, in one of three shapes (a batch,
 * structured or binary singles), and what was sent, organ by organ: receipts by applicant type and decisions by
 * outcome, the cells every report must show.
 */
final class IngestLoad {

    private static final String[] TYPES = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "LEGAL_SERVICE_INSTITUTION"};
    private static final String[] OUTCOMES = {"DISCLOSED", "PARTIALLY_DISCLOSED", "UNAVAILABLE_NOT_HELD",
            "NOT_PROCESSED_REPEATED", "WITHHELD_STATE_SECRET"};

    private final String organPrefix;
    private final int organs;
    private final Map<String, Map<String, Integer>> cells = new TreeMap<>();

    /** Applications spread over {@code organs} organs named {@code organPrefix-00}, {@code organPrefix-01}, ... */
    IngestLoad(String organPrefix, int organs) {
        this.organPrefix = organPrefix;
        this.organs = organs;
    }

    String organ(int i) {
        return String.format("%s-%02d", organPrefix, i);
    }

    /** The command side's settings that let each organ's source send for it, numbered from {@code first}. */
    List<String> sources(int first) {
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < organs; i++) {
            settings.add("--gongkai.kafka.ingest.sources[" + (first + i) + "].source=" + source(organ(i)));
            settings.add("--gongkai.kafka.ingest.sources[" + (first + i) + "].organs[0]=" + organ(i));
        }
        return settings;
    }

    /** The batch that registers every organ. */
    byte[] organRegistrations() {
        return ("[" + String.join(",", IntStream.range(0, organs)
                .mapToObj(i -> AccessMatrixTest.organ(organ(i), null)).toList()) + "]")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The records of applications {@code from} (inclusive) to {@code to}, counted as sent. */
    List<ProducerRecord<byte[], byte[]>> applications(int from, int to) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            records.addAll(application(i));
        }
        return records;
    }

    /** Whether every organ's report on the service shows what was sent, cell for cell. */
    boolean matches(Api api) {
        try {
            assertEveryOrganMatches(api);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    /** Every organ's report on the service shows what was sent, cell for cell. */
    void assertEveryOrganMatches(Api api) {
        cells.forEach((organ, expected) -> {
            JsonNode report = api.getJson("/api/v1/organs/" + organ + "/reports/2025");
            expected.forEach((cell, value) -> assertThat(report.at("/applications/" + cell).asText())
                    .as("%s %s", organ, cell).isEqualTo(Integer.toString(value)));
            int decided = expected.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("RECEIVED/") && e.getKey().endsWith("/TOTAL"))
                    .mapToInt(Map.Entry::getValue).sum();
            assertThat(report.at("/applications/RESULT_TOTAL/TOTAL").asText()).as("%s decided", organ)
                    .isEqualTo(Integer.toString(decided));
        });
    }

    /** Applications {@code from} (inclusive) to {@code to} as one batch for {@code POST /api/v1/events}, counted as sent. */
    byte[] batch(int from, int to) {
        List<String> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Application application = sent(i);
            events.add(application.received());
            events.add(application.decided());
        }
        return ("[" + String.join(",", events) + "]").getBytes(StandardCharsets.UTF_8);
    }

    /** One application, received and decided, in one of three shapes: a batch, structured or binary singles. */
    private List<ProducerRecord<byte[], byte[]>> application(int i) {
        Application application = sent(i);
        String organ = application.organ();
        return switch (i % 3) {
            case 0 -> List.of(record(organ, ("[" + application.received() + "," + application.decided() + "]")
                    .getBytes(StandardCharsets.UTF_8), "application/cloudevents-batch+json"));
            case 1 -> List.of(structured(organ, application.received()), binary(organ, application.id() + "-d",
                    "gongkai.application.decided", application.decision()));
            default -> List.of(binary(organ, application.id() + "-r", "gongkai.application.received",
                    application.receipt()), structured(organ, application.decided()));
        };
    }

    /** Application {@code i}, counted as sent. */
    private Application sent(int i) {
        String organ = organ(i % organs);
        String id = "K-" + i;
        String type = TYPES[i % TYPES.length];
        String outcome = OUTCOMES[(i / 3) % OUTCOMES.length];
        count(organ, "RECEIVED", type);
        count(organ, outcome, null);
        return new Application(organ, id,
                "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id + "\",\"applicantType\":\"" + type
                        + "\",\"receivedOn\":\"" + LocalDate.of(2025, 1, 2).plusDays(i % 150) + "\"}",
                "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id + "\",\"decidedOn\":\""
                        + LocalDate.of(2025, 7, 1).plusDays(i % 150) + "\",\"outcome\":\"" + outcome + "\"}");
    }

    /** An application's receipt and decision, as the data of its two events. */
    private record Application(String organ, String id, String receipt, String decision) {

        String received() {
            return event(id + "-r", source(organ), "gongkai.application.received", receipt);
        }

        String decided() {
            return event(id + "-d", source(organ), "gongkai.application.decided", decision);
        }
    }

    /** One more in the row's column (none for a result row, counted in its total only) and in its total. */
    private void count(String organ, String row, String column) {
        Map<String, Integer> organCells = cells.computeIfAbsent(organ, o -> new TreeMap<>());
        if (column != null) {
            organCells.merge(row + "/" + column, 1, Integer::sum);
        }
        organCells.merge(row + "/TOTAL", 1, Integer::sum);
    }

    static String source(String organ) {
        return "urn:gongkai:test:" + organ;
    }

    static String event(String id, String source, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"data\":" + data + "}";
    }

    static ProducerRecord<byte[], byte[]> structured(String organ, String event) {
        return record(organ, event.getBytes(StandardCharsets.UTF_8), "application/cloudevents+json");
    }

    static ProducerRecord<byte[], byte[]> binary(String organ, String id, String type, String data) {
        ProducerRecord<byte[], byte[]> record = record(organ, data.getBytes(StandardCharsets.UTF_8), "application/json");
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", source(organ).getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static ProducerRecord<byte[], byte[]> record(String organ, byte[] value, String contentType) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(KafkaContract.INGEST_TOPIC, null,
                organ.getBytes(StandardCharsets.UTF_8), value);
        if (contentType != null) {
            record.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    /** A department's producer: every record acknowledged by the broker, once, however long the broker is away. */
    static KafkaProducer<byte[], byte[]> producer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("delivery.timeout.ms", "300000");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
