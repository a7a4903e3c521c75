package cn.gongkai.events.store;

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
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? POSTGRESQL : OTHER;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the event store", e);
        }
    }

    /** The migration locations: the common ones, and on PostgreSQL also {@code <location>-postgresql}. */
    public String[] migrations(String location) {
        return this == POSTGRESQL ? new String[] {location, location + "-postgresql"} : new String[] {location};
    }
}
