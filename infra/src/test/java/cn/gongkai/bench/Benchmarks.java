package cn.gongkai.bench;

import cn.gongkai.events.kafka.KafkaContract;
import cn.gongkai.local.Broker;
import cn.gongkai.local.GongkaiLocalApplication;
import cn.gongkai.platform.operations.Operations;
import cn.gongkai.platform.operations.Progress;
import cn.gongkai.platform.operations.ProgressReport;
import cn.gongkai.query.audit.CheckpointWriter;
import cn.gongkai.query.operations.ProjectionRebuild;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Gongkai's speed, measured against the limits of the same machine in the same run: ingestion beside a raw JDBC
 * batch insert, replay beside a raw select and decode, report latency beside a SQL GROUP BY over a plain facts
 * table, and freshness at a steady 1,000 events/s. Runs the whole service on a fresh PostgreSQL database.
 */
public final class Benchmarks {

    static final int BATCH = 500;
    /** The freshness target holds in three consecutive runs. */
    static final int FRESHNESS_ROUNDS = 3;
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * {@code -Dbench.only=ingestion}: only the REST ingestion and its two references, to compare changes on the write
     * path quickly. The full table is the one to record.
     */
    static final boolean INGESTION_ONLY = "ingestion".equals(System.getProperty("bench.only"));
    /**
     * {@code -Dbench.only=freshness}: the REST ingestion (to fill the store), then only the freshness phases, the one
     * beside a back-fill included; to compare changes on the processor quickly.
     */
    static final boolean FRESHNESS_ONLY = "freshness".equals(System.getProperty("bench.only"));
    /**
     * {@code -Dbench.only=reports}: the REST ingestion (to fill the store), then only the live report and roll-up
     * phases; to compare changes on the report path quickly.
     */
    static final boolean REPORTS_ONLY = "reports".equals(System.getProperty("bench.only"));
    /**
     * {@code -Dbench.only=rebuild}: the REST ingestion (to fill the store), then only the bulk rebuild and the replay
     * beside their raw reference; to compare changes on the rebuild quickly.
     */
    static final boolean REBUILD_ONLY = "rebuild".equals(System.getProperty("bench.only"));

    /** How big a run is. */
    public record Sizes(int organs, int applications, int freshnessEvents, int reportRequests, int asOfRequests,
                        int senders) {

        public static Sizes tiny() {
            return new Sizes(30, 600, 200, 20, 3, 2);
        }

        public static Sizes standard() {
            return new Sizes(1_100, 495_000, 5_000, 500, 100, 4);
        }

        static Sizes fromSystemProperties() {
            Sizes base = "tiny".equals(System.getProperty("bench.size")) ? tiny() : standard();
            return new Sizes(Integer.getInteger("bench.organs", base.organs()),
                    Integer.getInteger("bench.applications", base.applications()),
                    Integer.getInteger("bench.freshnessEvents", base.freshnessEvents()),
                    Integer.getInteger("bench.reportRequests", base.reportRequests()),
                    Integer.getInteger("bench.asOfRequests", base.asOfRequests()),
                    Integer.getInteger("bench.senders", base.senders()));
        }
    }

    /** One line of the results: what, Gongkai's figure, the reference beside it, their ratio, the target. */
    public record Row(String measure, String gongkai, String reference, String ratio, String target, String verdict) {
    }

    private final Sizes sizes;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Row> rows = new ArrayList<>();
    private double rawInsertRate;
    private double restRate;
    /** Moments of the load, for as-of reports: once a third of the batches were in, and once all were. */
    private Instant earlyMoment;
    private Instant loadedMoment;

    public Benchmarks(Sizes sizes) {
        this.sizes = sizes;
    }

    public static void main(String[] args) {
        Sizes sizes = Sizes.fromSystemProperties();
        print(new Benchmarks(sizes).run(), sizes, System.out);
    }

    public List<Row> run() {
        PostgresTestDatabase database = PostgresTestDatabase.create("bench");
        Province province = Province.generate(sizes.organs(), sizes.applications(), 42);
        try (ConfigurableApplicationContext service = start(database)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long head = ingestion(base, province, jdbc, service.getBean(PlatformTransactionManager.class));
            if (INGESTION_ONLY) {
                return List.copyOf(rows);
            }
            waitForPosition(jdbc, head);
            // What autovacuum would have done by now; PostgreSQL here may run without it (CI's runs with it off).
            jdbc.execute("analyze");
            if (REPORTS_ONLY) {
                reports(base, province, jdbc);
                return List.copyOf(rows);
            }
            if (REBUILD_ONLY) {
                replay(service, jdbc);
                return List.copyOf(rows);
            }
            for (int round = 1; round <= FRESHNESS_ROUNDS; round++) {
                freshness(base, province, jdbc, "freshness at 1,000 events/s (run " + round + " of "
                        + FRESHNESS_ROUNDS + ")", 100, round);
            }
            freshnessBesideBackFill(base, province, jdbc);
            waitForPosition(jdbc, count(jdbc, "select max(globalIndex) from domainevententry"));
            if (FRESHNESS_ONLY) {
                return List.copyOf(rows);
            }
            reports(base, province, jdbc);
            asOfReports(base, province, jdbc, service.getBean(CheckpointWriter.class));
            replay(service, jdbc);
        }
        if (Boolean.parseBoolean(System.getProperty("bench.kafka", "true"))) {
            kafkaIngestion(province);
        }
        if (Boolean.getBoolean("bench.appendLockCost")) {
            ingestionWithoutAppendLock(province);
        }
        return List.copyOf(rows);
    }

    /**
     * The same province through the ingestion topic, on a database and a broker of its own: the organs registered
     * over REST (a sending system registers none), then each phase as batch records, the next phase sent once the
     * last one is appended (its facts depend on the last's). Measured from the first record to the last append.
     */
    private void kafkaIngestion(Province province) {
        Path brokerDirectory;
        try {
            brokerDirectory = Files.createTempDirectory("gongkai-bench-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PostgresTestDatabase database = PostgresTestDatabase.create("bench_kafka");
             Broker broker = Broker.start(brokerDirectory)) {
            List<String> kafka = List.of("--gongkai.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                    "--gongkai.kafka.ingest.enabled=true",
                    "--gongkai.kafka.ingest.sources[0].source=" + Province.SOURCE,
                    "--gongkai.kafka.ingest.sources[0].organs=" + String.join(",", province.organs()));
            try (ConfigurableApplicationContext service = start(database, kafka);
                 KafkaProducer<byte[], byte[]> producer = producer(broker)) {
                String base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
                JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
                List<Province.Phase> phases = province.phases(BATCH);
                send(base, phases.get(0));
                // As before the freshness phases: the earlier phases' dirty pages (a million-event store rebuilt and
                // replayed) are written back now rather than in the middle of this measure.
                jdbc.execute("checkpoint");
                long expected = count(jdbc, "select count(*) from ingested_cloud_event");
                long events = 0;
                long started = System.nanoTime();
                for (Province.Phase phase : phases.subList(1, phases.size())) {
                    // A phase whose batches depend on each other (a filing before its conclusion) goes through one
                    // partition, in order; the batches of an independent phase spread over all partitions.
                    byte[] key = phase.independent() ? null : "in-order".getBytes(StandardCharsets.UTF_8);
                    for (byte[] batch : phase.batches()) {
                        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(KafkaContract.INGEST_TOPIC, key,
                                batch);
                        record.headers().add("content-type", "application/cloudevents-batch+json"
                                .getBytes(StandardCharsets.UTF_8));
                        producer.send(record);
                        events += read(batch).size();
                    }
                    producer.flush();
                    long appended = expected + events;
                    // Once a second: counting a million ledger rows is itself work on the two cores being measured.
                    Awaitility.await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1))
                            .until(() -> count(jdbc, "select count(*) from ingested_cloud_event") >= appended);
                }
                double rate = events / seconds(started);
                rows.add(new Row("ingestion, Kafka topic, batch records of " + BATCH + " (events/s)", rate(rate),
                        rate(rawInsertRate) + " raw JDBC batch insert", percent(rate / rawInsertRate),
                        ">= REST (" + rate(restRate) + ")", verdict(rate >= restRate)));
            }
        }
    }

    /**
     * What the append lock costs: the same REST ingestion on a database of its own with the lock's trigger disabled.
     * Measurement only: without the lock, positions are no longer drawn in commit order.
     */
    private void ingestionWithoutAppendLock(Province province) {
        try (PostgresTestDatabase database = PostgresTestDatabase.create("bench_no_lock");
             ConfigurableApplicationContext service = start(database)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            service.getBean(JdbcTemplate.class).execute("alter table domainevententry disable trigger "
                    + "domainevententry_append_in_commit_order");
            long started = System.nanoTime();
            for (Province.Phase phase : province.phases(BATCH)) {
                send(base, phase);
            }
            double rate = province.events() / seconds(started);
            rows.add(new Row("ingestion, REST, append lock disabled (measurement only, events/s)", rate(rate),
                    rate(restRate) + " with the lock", percent(restRate / rate), "", ""));
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(Broker broker) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("acks", "all");
        properties.put("enable.idempotence", "true");
        properties.put("linger.ms", "5");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private long ingestion(String base, Province province, JdbcTemplate jdbc,
                           PlatformTransactionManager transactions) {
        List<byte[]> batches = province.batches(BATCH);
        long started = System.nanoTime();
        long head = -1;
        int sent = 0;
        for (Province.Phase phase : province.phases(BATCH)) {
            head = Math.max(head, send(base, phase));
            sent += phase.batches().size();
            if (earlyMoment == null && sent >= batches.size() / 3) {
                earlyMoment = Instant.now();
            }
        }
        loadedMoment = Instant.now();
        double gongkai = province.events() / seconds(started);
        caughtUp(jdbc, head);
        jdbc.execute("create table bench_raw_event (id bigserial primary key, source varchar(512), event_id "
                + "varchar(256), type varchar(128), payload bytea)");
        started = System.nanoTime();
        for (byte[] batch : batches) {
            List<Object[]> args = new ArrayList<>();
            for (JsonNode event : read(batch)) {
                args.add(new Object[]{Province.SOURCE, event.get("id").asText(), event.get("type").asText(),
                        event.toString().getBytes()});
            }
            jdbc.batchUpdate("insert into bench_raw_event (source, event_id, type, payload) values (?, ?, ?, ?)",
                    args);
        }
        double raw = province.events() / seconds(started);
        rawInsertRate = raw;
        restRate = gongkai;
        rows.add(new Row("ingestion, REST batches of " + BATCH + ", " + sizes.senders() + " senders, " + pacing()
                + " (events/s)",
                rate(gongkai),
                rate(raw) + " raw JDBC batch insert", percent(gongkai / raw), ">= 25 %", verdict(gongkai / raw >= 0.25)));
        double sameRows = new SameRowsInsert(jdbc, transactions, BATCH).eventsPerSecond();
        rows.add(new Row("ingestion, REST, beside the rows it writes (events/s)", rate(gongkai),
                rate(sameRows) + " raw insert of the same event, chain, ledger and registry rows", percent(gongkai / sameRows),
                ">= 50 %", verdict(gongkai / sameRows >= 0.5)));
        return head;
    }

    /**
     * Whether the service paced the load to its live tables ({@code gongkai.ingestion.pacing.enabled}, on by
     * default): paced, the load's rate is the rate at which its events are counted; unpaced, what the write path
     * takes while the tables fall behind. {@code -Dgongkai.ingestion.pacing.enabled=false} measures the latter.
     */
    private static String pacing() {
        return Boolean.parseBoolean(System.getProperty("gongkai.ingestion.pacing.enabled", "true"))
                ? "paced to the live tables" : "unpaced";
    }

    /** Sends a phase's batches, by several senders at once when its batches are independent; answers the head. */
    private long send(String base, Province.Phase phase) {
        int senders = phase.independent() ? sizes.senders() : 1;
        java.util.concurrent.atomic.AtomicLong head = new java.util.concurrent.atomic.AtomicLong(-1);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        for (int s = 0; s < senders; s++) {
            Thread sender = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < phase.batches().size(); i = next.getAndIncrement()) {
                        long position = post(base + "/api/v1/events", phase.batches().get(i)).get("position").asLong();
                        head.accumulateAndGet(position, Math::max);
                    }
                } catch (RuntimeException failure) {
                    failures.add(failure);
                }
            });
            sender.start();
            threads.add(sender);
        }
        threads.forEach(Benchmarks::join);
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return head.get();
    }

    /**
     * Freshness at a steady 1,000 events/s (ten receipts every 10 ms to the largest organ): how long from an append's
     * answer until the live tables reached its position. The phase starts with the processor idle and after a
     * CHECKPOINT, so the ingestion's dirty pages are not flushed in the middle of it.
     */
    private void freshness(String base, Province province, JdbcTemplate jdbc, String label, double targetP99,
                           int round) {
        jdbc.execute("checkpoint");
        Map<Long, Long> appended = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(jdbc, appended, latencies, sending));
        watcher.start();
        int perTick = 10;
        long tick = 10_000_000L;
        long next = System.nanoTime();
        String organ = province.largest();
        long last = -1;
        for (int sent = 0; sent < sizes.freshnessEvents(); sent += perTick) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < perTick; i++) {
                String id = round + "-" + (sent + i);
                events.add("{\"specversion\":\"1.0\",\"id\":\"fresh-" + id + "\",\"source\":\"/bench/fresh\","
                        + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"" + organ + "\","
                        + "\"applicationId\":\"F-" + id + "\",\"applicantType\":\"NATURAL_PERSON\","
                        + "\"receivedOn\":\"" + Year.now().getValue() + "-01-02\"}}");
            }
            long position = post(base + "/api/v1/events", ("[" + String.join(",", events) + "]").getBytes())
                    .get("position").asLong();
            appended.put(position, System.nanoTime());
            last = Math.max(last, position);
            next += tick;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        // (the watcher removes each position as the projection reaches it, so the last one is kept here)
        waitForPosition(jdbc, last);
        sending.set(false);
        join(watcher);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p99 = percentile(sorted, 0.99) / 1e6;
        rows.add(new Row(label + ", append to live count, p50 / p99 (ms)",
                millis(percentile(sorted, 0.5) / 1e6) + " / " + millis(p99), "-", "-",
                "p99 <= " + (int) targetP99 + " ms", verdict(p99 <= targetP99)));
    }

    /**
     * Freshness again while a back-fill runs beside it: another sender posts batches of 500 receipts of applications
     * the province does not have, spread over its organs, as fast as they are taken.
     */
    private void freshnessBesideBackFill(String base, Province province, JdbcTemplate jdbc) {
        AtomicBoolean backFilling = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicLong backFilled = new java.util.concurrent.atomic.AtomicLong();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        Thread backFill = new Thread(() -> {
            try {
                backFill(base, province, backFilling, backFilled);
            } catch (RuntimeException failure) {
                failures.add(failure);
            }
        });
        long started = System.nanoTime();
        backFill.start();
        try {
            freshness(base, province, jdbc, "freshness at 1,000 events/s beside a back-fill", 250, 99);
        } finally {
            backFilling.set(false);
            join(backFill);
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        rows.add(new Row("back-fill beside it, REST batches of " + BATCH + " (events/s)",
                rate(backFilled.get() / seconds(started)), "-", "-", "-", "-"));
    }

    /** Receipts of applications the province does not have, batch after batch, until told to stop. */
    private void backFill(String base, Province province, AtomicBoolean backFilling,
                          java.util.concurrent.atomic.AtomicLong backFilled) {
        List<String> organs = province.organs();
        for (int batch = 0; backFilling.get(); batch++) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                String id = batch + "-" + i;
                events.add("{\"specversion\":\"1.0\",\"id\":\"backfill-" + id + "\",\"source\":\"/bench/backfill\","
                        + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\""
                        + organs.get((batch * BATCH + i) % organs.size()) + "\",\"applicationId\":\"B-" + id
                        + "\",\"applicantType\":\"COMMERCIAL_ENTERPRISE\",\"receivedOn\":\"2024-03-04\"}}");
            }
            post(base + "/api/v1/events", ("[" + String.join(",", events) + "]").getBytes());
            backFilled.addAndGet(BATCH);
        }
    }

    /**
     * Polls the projection's position every millisecond and notes, for each appended position, when the live tables
     * reached it (the poll sleeps between looks: a spinning watcher would take a core from the service it measures).
     */
    private static void watch(JdbcTemplate jdbc, Map<Long, Long> appended, List<Long> latencies, AtomicBoolean on) {
        while (on.get() || !appended.isEmpty()) {
            Long position = jdbc.queryForObject("select position from projection_position where processor = ?",
                    Long.class, Projections.STATISTICS);
            long now = System.nanoTime();
            for (Long done : List.copyOf(appended.keySet())) {
                if (position != null && done <= position) {
                    latencies.add(now - appended.remove(done));
                }
            }
            if (!on.get() && appended.isEmpty()) {
                return;
            }
            LockSupport.parkNanos(1_000_000L);
        }
    }

    private void reports(String base, Province province, JdbcTemplate jdbc) {
        int year = 2025;
        String live = base + "/api/v1/organs/" + province.largest() + "/reports/" + year;
        String rollUp = base + "/api/v1/organs/" + province.root() + "/reports/" + year + "?scope=subtree";
        long applications = count(jdbc, "select count(*) from application_fact where organ = ?", province.largest());
        GcTally liveGc = GcTally.start();
        List<Long> liveTimes = timeGets(live, sizes.reportRequests());
        String liveGcPauses = liveGc.since();
        List<Long> rollUpTimes = timeGets(rollUp, sizes.reportRequests());
        List<Long> liveChangedTimes = new ArrayList<>();
        List<Long> rollUpChangedTimes = new ArrayList<>();
        GcTally changedGc = GcTally.start();
        for (int i = 0; i < Math.min(sizes.reportRequests(), 100); i++) {
            String received = "{\"specversion\":\"1.0\",\"id\":\"changed-" + i + "\",\"source\":\"/bench/changed\","
                    + "\"type\":\"gongkai.application.received\",\"data\":{\"organ\":\"" + province.largest() + "\","
                    + "\"applicationId\":\"C-" + i + "\",\"applicantType\":\"NATURAL_PERSON\","
                    + "\"receivedOn\":\"" + year + "-12-30\"}}";
            waitForPosition(jdbc, post(base + "/api/v1/events", ("[" + received + "]").getBytes()).get("position")
                    .asLong());
            liveChangedTimes.addAll(timeGets(live, 1));
            rollUpChangedTimes.addAll(timeGets(rollUp, 1));
        }
        String changedGcPauses = changedGc.since();
        jdbc.execute("create table bench_facts as select organ, applicant_type, received_on, decided_on, outcome "
                + "from application_fact");
        List<Long> groupByTimes = new ArrayList<>();
        for (int i = 0; i < sizes.reportRequests(); i++) {
            long started = System.nanoTime();
            jdbc.queryForList("select applicant_type, outcome, count(*) from bench_facts where received_on < ? "
                    + "and (decided_on is null or decided_on >= ?) group by applicant_type, outcome",
                    Date.valueOf((year + 1) + "-01-01"), Date.valueOf(year + "-01-01"));
            groupByTimes.add(System.nanoTime() - started);
        }
        String largest = "largest organ (" + applications + " applications)";
        rows.add(new Row("live report, " + largest + ", repeated, p50 / p99 (ms)", pair(liveTimes),
                liveGcPauses, "-", "p99 <= 5 ms", verdict(p99Millis(liveTimes) <= 5)));
        rows.add(new Row("live report, " + largest + ", first after its own event, p50 / p99 (ms)",
                pair(liveChangedTimes), changedGcPauses, "-", "p99 <= 10 ms",
                verdict(p99Millis(liveChangedTimes) <= 10)));
        String organs = province.organs().size() + " organs";
        rows.add(new Row("roll-up over " + organs + ", repeated, p50 / p99 (ms)", pair(rollUpTimes),
                pair(groupByTimes) + " SQL GROUP BY", ratio(p99Millis(rollUpTimes) / p99Millis(groupByTimes)), "-",
                "-"));
        rows.add(new Row("roll-up over " + organs + ", first after an event in it, p50 / p99 (ms)",
                pair(rollUpChangedTimes), pair(groupByTimes) + " SQL GROUP BY",
                ratio(p99Millis(rollUpChangedTimes) / p99Millis(groupByTimes)), "-", "-"));
    }

    /**
     * The operator's rebuild (the bulk fold, loaded into shadow tables and swapped in), then a replay through the live
     * processor (its tokens reset), each beside a raw select and JSON decode of the same rows in the same run.
     */
    /**
     * As-of reports of an organ-year of about 10,000 applications and of the largest organ, each as of three moments:
     * a third into the load (the store's "year back"), the end of the load (its "year end") and now, after the
     * freshness and back-fill phases. Each is folded from the latest checkpoint recorded by then; beside the last,
     * the same report folded from the first event.
     */
    private void asOfReports(String base, Province province, JdbcTemplate jdbc, CheckpointWriter checkpoints) {
        long head = count(jdbc, "select max(globalIndex) from domainevententry");
        long started = System.nanoTime();
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> checkpoints.scanned() >= head);
        double catchUp = seconds(started);
        String tenThousand = jdbc.queryForObject("select organ from application_fact group by organ "
                + "order by abs(count(*) - 10000) limit 1", String.class);
        Map<String, Long> applications = new LinkedHashMap<>();
        applications.put(tenThousand, count(jdbc, "select count(*) from application_fact where organ = ?", tenThousand));
        applications.put(province.largest(), count(jdbc, "select count(*) from application_fact where organ = ?",
                province.largest()));
        Map<String, Instant> moments = new LinkedHashMap<>();
        moments.put("a third into the load", earlyMoment);
        moments.put("end of the load", loadedMoment);
        moments.put("now", Instant.now());
        String now = null;
        for (Map.Entry<String, Long> organ : applications.entrySet()) {
            long target = organ.getKey().equals(tenThousand) ? 200 : 500;
            for (Map.Entry<String, Instant> moment : moments.entrySet()) {
                now = base + "/api/v1/organs/" + organ.getKey() + "/reports/2025?asOf="
                        + URLEncoder.encode(moment.getValue().toString(), StandardCharsets.UTF_8);
                List<Long> times = timeGets(now, sizes.asOfRequests());
                rows.add(new Row("as-of report, organ of " + organ.getValue() + " applications, as of "
                        + moment.getKey() + ", p50 / p99 (ms)", pair(times), "-", "-", "p99 <= " + target + " ms",
                        verdict(p99Millis(times) <= target)));
            }
        }
        List<Long> full = timeGets(now + "&fold=full", Math.max(1, sizes.asOfRequests() / 20));
        rows.add(new Row("as-of report, largest organ, now, folded from the first event, p50 / p99 (ms)", pair(full),
                "-", "-", "-", "-"));
        Long saved = jdbc.queryForObject("select count(*) from fold_checkpoint", Long.class);
        Long bytes = jdbc.queryForObject("select coalesce(sum(length(books)), 0) from fold_checkpoint", Long.class);
        rows.add(new Row("as-of checkpoints: written, their books (MiB), the writer's catch-up after the load (s)",
                saved + ", " + (bytes >> 20) + " MiB, " + String.format("%.1f", catchUp) + " s", "-", "-", "-", "-"));
    }

    private void replay(ConfigurableApplicationContext service, JdbcTemplate jdbc) {
        long events = count(jdbc, "select count(*) from domainevententry");
        long head = count(jdbc, "select max(globalIndex) from domainevententry");
        ProjectionRebuild operatorRebuild = service.getBean(ProjectionRebuild.class);
        Operations operations = service.getBean(Operations.class);
        // The raw reference is read before the rebuild too: right after it, the rebuilt tables' pages are still being
        // written back and the same select can run at half its speed. The faster of the two is the reference.
        jdbc.execute("checkpoint");
        double rawBefore = rawDecode(jdbc);
        System.gc();
        long heapBefore = heapUsed();
        resetPeaks();
        HeapAfterGc rebuildLive = new HeapAfterGc();
        long started = System.nanoTime();
        String id = operatorRebuild.start().id();
        Awaitility.await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> operations.find(id).orElseThrow().state() != Progress.State.RUNNING);
        double rebuilt = events / seconds(started);
        rebuildLive.close();
        ProgressReport rebuild = operations.find(id).orElseThrow();
        if (rebuild.state() != Progress.State.DONE) {
            throw new IllegalStateException("the rebuild failed: " + rebuild.detail());
        }
        long rebuildHeapPeak = heapPeak();
        System.out.println("Rebuild: " + rebuild.detail());
        double rawAfter = rawDecode(jdbc);
        double raw = Math.max(rawBefore, rawAfter);
        rows.add(new Row("rebuild of every projection (bulk), " + events + " events (events/s)", rate(rebuilt),
                rate(raw) + " raw select + JSON decode (" + rate(rawBefore) + " before, " + rate(rawAfter)
                        + " after)", percent(rebuilt / raw), ">= 50 %", verdict(rebuilt / raw >= 0.5)));
        rows.add(new Row("rebuild memory: peak heap / peak RSS (MiB)", rebuildHeapPeak / (1 << 20) + " / "
                + rssPeakMib(), "-", "-", "-", "-"));
        rows.add(new Row("rebuild memory: most heap after a GC (MiB)", rebuildLive.mostMib(),
                heapBefore / (1 << 20) + " after a full GC before it", "-", "flat as the store grows", "-"));

        TrackingEventProcessor statistics = service.getBean(EventProcessingConfiguration.class)
                .eventProcessor(Projections.STATISTICS, TrackingEventProcessor.class).orElseThrow();
        resetPeaks();
        started = System.nanoTime();
        statistics.shutDown();
        statistics.resetTokens();
        statistics.start();
        waitForPosition(jdbc, head);
        double replayed = events / seconds(started);
        long heapPeak = heapPeak();
        raw = rawDecode(jdbc);
        rows.add(new Row("replay through the live processor, " + events + " events (events/s)", rate(replayed),
                rate(raw) + " raw select + JSON decode", percent(replayed / raw), "-", "-"));
        rows.add(new Row("replay memory: peak heap / peak RSS (MiB)", heapPeak / (1 << 20) + " / " + rssPeakMib(),
                "-", "-", "-", "-"));
    }

    /** Events per second of a plain select of every payload in stream order, each decoded as JSON. */
    private static double rawDecode(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        long[] decoded = {0};
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select payload from domainevententry order by globalIndex");
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            try {
                JSON.readTree(rs.getBytes(1));
                decoded[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return decoded[0] / seconds(started);
    }

    private ConfigurableApplicationContext start(PostgresTestDatabase database) {
        return start(database, List.of());
    }

    private ConfigurableApplicationContext start(PostgresTestDatabase database, List<String> more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--gongkai.sample=none",
                "--logging.level.root=WARN"));
        args.addAll(more);
        database.springProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(GongkaiLocalApplication.class)
                .properties(GongkaiLocalApplication.CONFIG_NAMES).run(args.toArray(String[]::new));
    }

    private JsonNode post(String url, byte[] body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/cloudevents-batch+json")
                .header("Authorization", TestAccess.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ingestion refused a generated batch: " + response.body());
        }
        return read(response.body().getBytes());
    }

    private List<Long> timeGets(String url, int requests) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", TestAccess.authorization()).GET().build());
            times.add(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
        }
        return times;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * How far the live tables were behind the store when the load's last append was answered, and how long they took
     * to reach it: ingestion that outruns the statistics processor shows here, not in the ingestion rate. Waited for
     * before the references run, so they do not share the cores with the processor's catching up.
     */
    private void caughtUp(JdbcTemplate jdbc, long head) {
        Long reached = jdbc.queryForObject("select max(position) from projection_position where processor = ?",
                Long.class, Projections.STATISTICS);
        long started = System.nanoTime();
        waitForPosition(jdbc, head);
        rows.add(new Row("live tables behind at the load's last answer: events / s to catch up",
                String.format("%,d / %.1f", head - (reached == null ? -1 : reached), seconds(started)), "-", "-",
                "-", "-"));
    }

    private static void waitForPosition(JdbcTemplate jdbc, long position) {
        Awaitility.await().atMost(Duration.ofHours(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    Long reached = jdbc.queryForObject("select max(position) from projection_position "
                            + "where processor = ?", Long.class, Projections.STATISTICS);
                    return reached != null && reached >= position;
                });
    }

    static void print(List<Row> rows, Sizes sizes, PrintStream out) {
        out.println("Gongkai benchmarks: " + sizes + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        String format = "| %-70s | %-22s | %-38s | %-7s | %-13s | %-4s |%n";
        out.printf(format, "measure", "gongkai", "reference (same run)", "ratio", "target", "met");
        out.printf(format, "-".repeat(70), "-".repeat(22), "-".repeat(38), "-".repeat(7), "-".repeat(13), "-".repeat(4));
        rows.forEach(r -> out.printf(format, r.measure(), r.gongkai(), r.reference(), r.ratio(), r.target(),
                r.verdict()));
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** The JVM's garbage collections over a phase (the service and the benchmark's client share the JVM). */
    private record GcTally(long collections, long millis) {

        static GcTally start() {
            long collections = 0;
            long millis = 0;
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                collections += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new GcTally(collections, millis);
        }

        /** The collections since this tally, as the reference column shows them. */
        String since() {
            GcTally now = start();
            return "GC meanwhile: " + (now.collections - collections) + " collections, " + (now.millis - millis)
                    + " ms";
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The process's peak resident set (VmHWM), where the system tells it. */
    private static String rssPeakMib() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.toString(Long.parseLong(l.replaceAll("\\D", "")) / 1024)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1));
    }

    private static double p99Millis(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return percentile(sorted, 0.99) / 1e6;
    }

    private static String pair(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return millis(percentile(sorted, 0.5) / 1e6) + " / " + millis(percentile(sorted, 0.99) / 1e6);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String rate(double perSecond) {
        return String.format("%,.0f", perSecond);
    }

    private static String millis(double millis) {
        return String.format("%.1f", millis);
    }

    private static String percent(double ratio) {
        return String.format("%.0f %%", ratio * 100);
    }

    private static String ratio(double ratio) {
        return String.format("%.1f×", ratio);
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "no";
    }
}
