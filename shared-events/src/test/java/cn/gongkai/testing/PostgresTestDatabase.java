package cn.gongkai.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL database of its own for one test class, created on the real server, so that runs never see each
 * other's data. A database is left behind when its test ends (its Spring context may still be reading it) and swept
 * by a later run once it is {@link #STALE_AFTER} old: its name carries the time it was made. The server is {@code GONGKAI_TEST_PG_URL} (default 127.0.0.1:5432, database
 * postgres) as {@code GONGKAI_TEST_PG_USER} (default postgres) with {@code GONGKAI_TEST_PG_PASSWORD}.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String SERVER = setting("GONGKAI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = setting("GONGKAI_TEST_PG_USER", "postgres");
    private static final String PASSWORD = setting("GONGKAI_TEST_PG_PASSWORD", "");

    static final Duration STALE_AFTER = Duration.ofHours(6);
    private static final String PREFIX = "gongkai_test_";

    private final String name;

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    /** Creates a new, empty database whose name starts with the purpose given. */
    public static PostgresTestDatabase create(String purpose) {
        sweepStale();
        String name = (PREFIX + purpose + "_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36)).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return new PostgresTestDatabase(name);
    }

    /** The database's JDBC URL, with pgjdbc's multi-row rewrite of batched inserts, as the service's own URLs. */
    public String url() {
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name + "?reWriteBatchedInserts=true";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String name() {
        return name;
    }

    /** Spring properties that point a data source at this database. */
    /** The service's properties for this database, with the test access settings ({@link TestAccess}). */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new java.util.LinkedHashMap<>(TestAccess.springProperties());
        properties.putAll(Map.of("spring.datasource.url", url(), "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD));
        return properties;
    }

    /** Command-line arguments for a service started by hand on this database: its properties, then the given ones. */
    public String[] arguments(String... more) {
        return java.util.stream.Stream.concat(springProperties().entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue()), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void sweepStale() {
        long staleBefore = System.currentTimeMillis() - STALE_AFTER.toMillis();
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery(
                     "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (names.next()) {
                String[] parts = names.getString(1).split("_");
                if (parts.length >= 2 && madeAt(parts[parts.length - 2]) < staleBefore) {
                    stale.add(names.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list test databases on " + SERVER, e);
        }
        stale.forEach(name -> execute("drop database if exists " + name + " with (force)"));
    }

    private static long madeAt(String base36) {
        try {
            return Long.parseLong(base36, 36);
        } catch (NumberFormatException notOurs) {
            return Long.MAX_VALUE;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " as " + USER + " refused: " + sql
                    + " (is the server running? pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
