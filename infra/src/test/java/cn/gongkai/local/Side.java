package cn.gongkai.local;

import cn.gongkai.command.CommandSideApplication;
import cn.gongkai.query.QuerySideApplication;
import cn.gongkai.testing.PostgresTestDatabase;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** The command side or a query side in distributed mode, as a process of its own on PostgreSQL and Kafka. */
final class Side implements AutoCloseable {

    private final int port = JavaProcess.freePort();
    private final JavaProcess process;

    /** @param store the service's database settings (with the test access settings) */
    private Side(String name, Class<?> main, String configName, String[] store, List<String> settings, Path log) {
        List<String> arguments = new ArrayList<>(List.of(store));
        arguments.addAll(List.of("--server.port=" + port, "--spring.config.name=" + configName));
        arguments.addAll(settings);
        process = new JavaProcess(name, "600m", main.getName(), arguments, log);
    }

    static Side command(PostgresTestDatabase database, List<String> settings, Path directory) {
        return command(database.arguments(), settings, directory);
    }

    /** The command side on a database of a test's own server ({@link PostgresServer}). */
    static Side command(PostgresServer.Database database, List<String> settings, Path directory) {
        return command(database.arguments(), settings, directory);
    }

    static Side query(String name, PostgresTestDatabase database, List<String> settings, Path directory) {
        return query(name, database.arguments(), settings, directory);
    }

    /** A query side on a database of a test's own server ({@link PostgresServer}). */
    static Side query(String name, PostgresServer.Database database, List<String> settings, Path directory) {
        return query(name, database.arguments(), settings, directory);
    }

    private static Side command(String[] store, List<String> settings, Path directory) {
        return started(new Side("command side", CommandSideApplication.class, "command-side", store, settings,
                directory.resolve("command-side.log")));
    }

    private static Side query(String name, String[] store, List<String> settings, Path directory) {
        return started(new Side(name, QuerySideApplication.class, "query-side", store, settings,
                directory.resolve(name.replace(' ', '-') + ".log")));
    }

    private static Side started(Side side) {
        side.startAgain();
        return side;
    }

    Api api() {
        return new Api(port);
    }

    URI uri() {
        return URI.create("http://localhost:" + port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return process.log();
    }

    void kill() {
        process.kill();
    }

    void startAgain() {
        process.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(this::ready);
    }

    private boolean ready() {
        if (!process.alive()) {
            throw new IllegalStateException(process.name() + " exited; see " + process.log());
        }
        try {
            return new Api(port).as(null).get("/actuator/health/readiness").statusCode() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.kill();
    }
}
