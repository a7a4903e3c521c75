package cn.gongkai.local;

import cn.gongkai.testing.TestAccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, on a free port, which the test may restart or crash: the machine's shared
 * server serves every other test and is never touched. Its data directory, owned by {@code postgres} as the server
 * wants, is deleted when it is closed.
 */
final class PostgresServer implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("GONGKAI_TEST_PG_BIN",
            "/usr/lib/postgresql/15/bin"));
    private static final String USER = "postgres";
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final int port = JavaProcess.freePort();
    private final Path directory;
    private final Path data;

    private PostgresServer(Path directory) {
        this.directory = directory;
        this.data = directory.resolve("data");
    }

    /** Makes a new cluster (trust authentication on 127.0.0.1 only) and starts it. */
    static PostgresServer start() {
        try {
            Path directory = Files.createTempDirectory("gongkai-pg-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            if (AS_ROOT) {
                UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(USER);
                Files.setOwner(directory, postgres);
            }
            PostgresServer server = new PostgresServer(directory);
            server.run("initdb", "-D", server.data.toString(), "-U", USER, "--auth=trust", "--no-sync",
                    "--encoding=UTF8", "--locale=C");
            server.startAgain();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a PostgreSQL cluster of the test's own", e);
        }
    }

    /** A new, empty database on this server. */
    Database database(String name) {
        execute("create database " + name);
        return new Database("jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?reWriteBatchedInserts=true");
    }

    /** As an operator's {@code pg_ctl restart -m fast}: every session is ended, the server comes back at once. */
    void restartFast() {
        pgCtl("restart", "-m", "fast");
    }

    /** As a crash of the server (no checkpoint; it recovers from its WAL when started again). */
    void crash() {
        pgCtl("stop", "-m", "immediate");
    }

    void startAgain() {
        pgCtl("start");
    }

    @Override
    public void close() {
        try {
            pgCtl("stop", "-m", "immediate");
        } catch (RuntimeException alreadyStopped) {
            // the directory goes all the same
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private void pgCtl(String... action) {
        List<String> command = new ArrayList<>(List.of("pg_ctl", "-D", data.toString(), "-w", "-t", "60",
                "-l", directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
                        + " -c fsync=off -c max_connections=200"));
        command.addAll(List.of(action));
        run(command.toArray(String[]::new));
    }

    /**
     * Runs one of PostgreSQL's programs: as {@code postgres} when the tests run as root (the server refuses root),
     * otherwise as the tests' own user, who then owns the cluster.
     */
    private void run(String... command) {
        List<String> asPostgres = new ArrayList<>(AS_ROOT ? List.of("runuser", "-u", USER, "--") : List.of());
        asPostgres.add(BIN.resolve(command[0]).toString());
        asPostgres.addAll(List.of(command).subList(1, command.length));
        Path output = directory.resolve(command[0] + ".out");
        try {
            Process process = new ProcessBuilder(asPostgres).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + output + " and "
                        + directory.resolve("server.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the test's PostgreSQL refused: " + sql, e);
        }
    }

    /** A database on the server, as a service is pointed at it. */
    record Database(String url) {

        /** The service's properties for this database, with the test access settings, then the given ones. */
        String[] arguments(String... more) {
            return TestAccess.arguments(Stream.concat(Stream.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + USER, "--spring.datasource.password="), Stream.of(more))
                    .toArray(String[]::new));
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, USER, "");
        }
    }
}
