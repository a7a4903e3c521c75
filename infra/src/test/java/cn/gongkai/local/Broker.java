package cn.gongkai.local;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real single-node KRaft broker, configured from {@code infra/kafka/server.properties} (the file the operator's
 * script uses) on free ports, in a process of its own so that a test can kill it and start it again on its data.
 */
public final class Broker implements AutoCloseable {

    private final int port = JavaProcess.freePort();
    private final JavaProcess process;

    private Broker(Path directory) {
        Path properties = directory.resolve("server.properties");
        int controller = JavaProcess.freePort();
        try {
            String text = Files.readString(Path.of("kafka/server.properties"))
                    .replace("127.0.0.1:9093", "127.0.0.1:" + controller)
                    .replace("127.0.0.1:9092", "127.0.0.1:" + port)
                    .replaceAll("(?m)^log\\.dirs=.*$", "log.dirs=" + directory.resolve("data"));
            Files.writeString(properties, text);
            format(properties, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process = new JavaProcess("kafka broker", "512m", "kafka.Kafka", List.of(properties.toString()),
                directory.resolve("broker.log"));
    }

    public static Broker start(Path directory) {
        Broker broker = new Broker(directory);
        broker.startAgain();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    void kill() {
        process.kill();
    }

    void startAgain() {
        process.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(this::accepting);
    }

    private boolean accepting() {
        if (!process.alive()) {
            throw new IllegalStateException("the broker exited; see " + process.log());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void format(Path properties, Path directory) throws IOException {
        Process format = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", properties.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("format.log").toFile()).start();
        try {
            if (!format.waitFor(90, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the broker's storage failed; see "
                        + directory.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.kill();
    }
}
