package cn.gongkai.platform;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The Flyway set-up each side gives its own schema: its migrations for the database it runs on (a folder of common
 * ones and, where needed, one for PostgreSQL or H2), its own history table beside the other side's in a shared
 * database, and a baseline so that a database made by an earlier release is taken as it is.
 */
public final class SideSchemas {

    private SideSchemas() {
    }

    /** The side's schema from {@code location} (e.g. {@code classpath:db/query}), its history in {@code historyTable}. */
    public static Flyway of(DataSource dataSource, String location, String historyTable) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(StoreDatabase.of(dataSource).migrations(location))
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
