package cn.gongkai.platform;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database that holds the event store and read models: PostgreSQL in production, H2 in the embedded default.
 * The few indexes and statements that only PostgreSQL has are chosen by it.
 */
public enum StoreDatabase {
    POSTGRESQL,
    OTHER;

    public static StoreDatabase of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the event store", e);
        }
    }

    /**
     * The database behind a connection already held. Code that may run inside a transaction asks here, on the
     * transaction's own connection (Spring's {@code ConnectionCallback}), never with {@link #of(DataSource)}: a second
     * connection taken while one is held can wait forever once the pool is exhausted by requests queued behind a lock
     * this transaction holds.
     */
    public static StoreDatabase of(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? POSTGRESQL : OTHER;
    }

    /** The migration locations: the common ones, and on PostgreSQL also {@code <location>-postgresql}. */
    public String[] migrations(String location) {
        return this == POSTGRESQL ? new String[] {location, location + "-postgresql"} : new String[] {location};
    }
}
