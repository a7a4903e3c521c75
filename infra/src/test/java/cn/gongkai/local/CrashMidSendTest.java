package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import cn.gongkai.testing.TestAccess;
import cn.gongkai.verifier.Verifier;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service killed (SIGKILL) in the middle of a 5,000-event send by two senders, started again, and everything
 * sent again: each event is counted once, the report's position reaches the head past whatever the crash burned,
 * and replay verification, the hash chain and the offline verifier all agree. On PostgreSQL and on the embedded
 * default's H2 file.
 */
class CrashMidSendTest {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("crash_mid_send");
    static final String ORGAN = "crash-bureau";
    static final int BATCHES = 50;
    static final int APPLICATIONS_PER_BATCH = 50;

    @TempDir
    Path directory;

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void on_postgresql_a_crash_mid_send_then_a_full_resend_counts_every_event_once() throws Exception {
        crashMidSendAndResend(DATABASE.arguments("--spring.profiles.active=postgres"));
    }

    @Test
    void on_the_embedded_default_a_crash_mid_send_then_a_full_resend_counts_every_event_once() throws Exception {
        crashMidSendAndResend(TestAccess.arguments("--gongkai.data-dir=" + directory.resolve("data")));
    }

    /** @param storeArguments where the service keeps its store, with the test's access settings */
    private void crashMidSendAndResend(String[] storeArguments) throws Exception {
        int port = JavaProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of(storeArguments));
        arguments.addAll(List.of("--server.port=" + port, "--gongkai.sample=none",
                "--" + GongkaiLocalApplication.CONFIG_NAMES));
        try (JavaProcess service = new JavaProcess("gongkai-local", "512m", GongkaiLocalApplication.class.getName(),
                arguments, directory.resolve("service.log"))) {
            Api api = new Api(port);
            List<byte[]> batches = IntStream.range(0, BATCHES).mapToObj(CrashMidSendTest::batch).toList();
            // given a service receiving 5,000 events from two senders
            startAndWait(service, api);
            api.sendBatch(("[" + AccessMatrixTest.organ(ORGAN, null) + "]").getBytes(StandardCharsets.UTF_8));
            AtomicInteger accepted = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(2);
            List<Future<?>> sending = new ArrayList<>();
            for (int sender = 0; sender < 2; sender++) {
                int first = sender;
                sending.add(senders.submit(() -> sendUntilRefused(api, batches, first, accepted)));
            }

            // when it is killed halfway, started again, and everything is sent again
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                    .until(() -> accepted.get() >= BATCHES / 2);
            service.kill();
            for (Future<?> sender : sending) {
                sender.get();
            }
            senders.shutdown();
            startAndWait(service, api);
            long head = -1;
            for (byte[] batch : batches) {
                head = Math.max(head, resend(api, batch, service.log()));
            }

            // then every event is counted once, and every audit agrees
            Audit audit = Audit.of(api, ORGAN, 2025, head);
            long applications = (long) BATCHES * APPLICATIONS_PER_BATCH;
            assertThat(audit.report().at("/applications/RECEIVED/TOTAL").asLong()).isEqualTo(applications);
            assertThat(audit.report().at("/applications/RESULT_TOTAL/TOTAL").asLong()).isEqualTo(applications);
            assertThat(audit.exportLines()).hasSize((int) (2 * applications + 1));
            assertThat(Verifier.verify(audit.exportLines(), audit.reportJson())).as("the offline verifier").isEmpty();
            assertThat(post(api, "/api/v1/audit/replay-verification").get("status").asText()).isEqualTo("MATCH");
            await().atMost(Duration.ofMinutes(1))
                    .until(() -> post(api, "/api/v1/audit/chain-verification").get("eventsNotYetChained").asLong() == 0);
            assertThat(post(api, "/api/v1/audit/chain-verification").get("status").asText()).isEqualTo("INTACT");
        }
    }

    /** Sends a batch again; a failure names what the service logged as going wrong, not only its status. */
    private static long resend(Api api, byte[] batch, Path log) {
        try {
            return api.sendBatch(batch).get("position").asLong();
        } catch (AssertionError | RuntimeException failed) {
            throw new AssertionError(failed.getMessage() + "\nthe service's warnings and errors:\n" + troubles(log),
                    failed);
        }
    }

    private static String troubles(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")
                            || line.startsWith("Caused by") || line.startsWith("\tat cn.gongkai"))
                    .limit(200).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(the log cannot be read: " + e + ")";
        }
    }

    /** Sends every other batch from {@code first} until the service stops answering. */
    private static void sendUntilRefused(Api api, List<byte[]> batches, int first, AtomicInteger accepted) {
        for (int i = first; i < batches.size(); i += 2) {
            try {
                if (api.post("/api/v1/events", Api.BATCH, batches.get(i)).statusCode() != 200) {
                    return;
                }
                accepted.incrementAndGet();
            } catch (RuntimeException killed) {
                return;
            }
        }
    }

    private static void startAndWait(JavaProcess service, Api api) {
        service.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!service.alive()) {
                throw new IllegalStateException("the service exited; see " + service.log());
            }
            try {
                return api.as(null).get("/actuator/health/readiness").statusCode() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    /** Fifty applications, each received and decided in the same batch. */
    private static byte[] batch(int number) {
        return ("[" + IntStream.range(0, APPLICATIONS_PER_BATCH).mapToObj(i -> {
            String application = "\"organ\":\"" + ORGAN + "\",\"applicationId\":\"C-" + number + "-" + i + "\"";
            return event(number, i, "r", "gongkai.application.received", application
                    + ",\"applicantType\":\"NATURAL_PERSON\",\"receivedOn\":\"2025-04-01\"")
                    + "," + event(number, i, "d", "gongkai.application.decided", application
                    + ",\"decidedOn\":\"2025-04-20\",\"outcome\":\"DISCLOSED\"");
        }).collect(Collectors.joining(",")) + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static String event(int batch, int item, String kind, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"crash-" + batch + "-" + item + "-" + kind
                + "\",\"source\":\"/crash/test\",\"type\":\"" + type + "\",\"data\":{" + data + "}}";
    }

    private static JsonNode post(Api api, String path) {
        return api.read(api.post(path, "application/json", new byte[0]).body());
    }
}
