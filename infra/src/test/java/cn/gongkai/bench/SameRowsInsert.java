package cn.gongkai.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The raw limit of the rows Gongkai itself writes when it ingests: each event's row (with the store's keys, the
 * organ index and the moment index, payload and meta data as stored), its link of the hash chain (with its keys),
 * its idempotency key, and each application's registry row, copied from the store just filled and inserted again
 * with plain JDBC batches, one transaction per batch of events as ingestion does. Only the insert is timed.
 * Registry updates (decisions, fees) are left out, so the reference is if anything faster than what Gongkai does.
 */
final class SameRowsInsert {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batch;

    SameRowsInsert(JdbcTemplate jdbc, PlatformTransactionManager transactions, int batch) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.batch = batch;
    }

    /** Rows per second, counting each event once (its ledger and registry rows ride along, as in ingestion). */
    double eventsPerSecond() {
        createTables();
        long events = 0;
        long nanos = 0;
        long afterEvent = -1;
        String afterSource = "";
        String afterId = "";
        String afterOrgan = "";
        String afterApplication = "";
        while (true) {
            List<Object[]> eventRows = jdbc.query("select eventIdentifier, metaData, payload, payloadRevision, "
                            + "payloadType, timeStamp, aggregateIdentifier, sequenceNumber, type, globalIndex "
                            + "from domainevententry where globalIndex > ? order by globalIndex limit ?",
                    (rs, i) -> row(rs, 10), afterEvent, batch);
            if (eventRows.isEmpty()) {
                break;
            }
            List<Object[]> chainRows = jdbc.query("select chain_seq, global_index, event_id, link from event_chain "
                    + "where global_index > ? order by global_index limit ?", (rs, i) -> row(rs, 4), afterEvent,
                    eventRows.size());
            List<Object[]> ledgerRows = jdbc.query("select source, id, content_digest, type, recorded_at "
                            + "from ingested_cloud_event where (source, id) > (?, ?) order by source, id limit ?",
                    (rs, i) -> row(rs, 5), afterSource, afterId, eventRows.size());
            long receipts = eventRows.stream().filter(r -> ((String) r[4]).endsWith("ApplicationReceived")).count();
            List<Object[]> registryRows = jdbc.query("select organ, application_id, received_on from "
                            + "application_registry where (organ, application_id) > (?, ?) order by organ, "
                            + "application_id limit ?",
                    (rs, i) -> row(rs, 3), afterOrgan, afterApplication, receipts);
            afterEvent = (Long) eventRows.get(eventRows.size() - 1)[9];
            if (!ledgerRows.isEmpty()) {
                afterSource = (String) ledgerRows.get(ledgerRows.size() - 1)[0];
                afterId = (String) ledgerRows.get(ledgerRows.size() - 1)[1];
            }
            if (!registryRows.isEmpty()) {
                afterOrgan = (String) registryRows.get(registryRows.size() - 1)[0];
                afterApplication = (String) registryRows.get(registryRows.size() - 1)[1];
            }
            long started = System.nanoTime();
            transactions.executeWithoutResult(tx -> insert(eventRows, chainRows, ledgerRows, registryRows));
            nanos += System.nanoTime() - started;
            events += eventRows.size();
        }
        return events / (nanos / 1e9);
    }

    private void insert(List<Object[]> eventRows, List<Object[]> chainRows, List<Object[]> ledgerRows,
                        List<Object[]> registryRows) {
        jdbc.batchUpdate("insert into bench_same_event (eventIdentifier, metaData, payload, payloadRevision, "
                + "payloadType, timeStamp, aggregateIdentifier, sequenceNumber, type) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", eventRows.stream()
                .map(r -> java.util.Arrays.copyOf(r, 9)).toList());
        if (!chainRows.isEmpty()) {
            jdbc.batchUpdate("insert into bench_same_chain (chain_seq, global_index, event_id, link) "
                    + "values (?, ?, ?, ?)", chainRows);
        }
        if (!ledgerRows.isEmpty()) {
            jdbc.batchUpdate("insert into bench_same_ledger (source, id, content_digest, type, recorded_at) "
                    + "values (?, ?, ?, ?, ?)", ledgerRows);
        }
        if (!registryRows.isEmpty()) {
            jdbc.batchUpdate("insert into bench_same_registry (organ, application_id, received_on) values (?, ?, ?)",
                    registryRows);
        }
    }

    /** The same tables as the store's, with their own position sequence and the same keys and indexes. */
    private void createTables() {
        jdbc.execute("create table bench_same_event (globalIndex bigserial primary key, "
                + "eventIdentifier varchar(255) not null, metaData bytea, payload bytea not null, "
                + "payloadRevision varchar(255), payloadType varchar(255) not null, timeStamp varchar(255) not null, "
                + "aggregateIdentifier varchar(255) not null, sequenceNumber bigint not null, type varchar(255), "
                + "unique (aggregateIdentifier, sequenceNumber))");
        jdbc.execute("create index bench_same_event_organ on bench_same_event "
                + "((split_part(split_part(aggregateIdentifier, ':', 2), '/', 1)), globalIndex)");
        jdbc.execute("create index bench_same_event_moment on bench_same_event (timeStamp)");
        jdbc.execute("create table bench_same_chain (like event_chain including all)");
        jdbc.execute("create table bench_same_ledger (like ingested_cloud_event including all)");
        jdbc.execute("create table bench_same_registry (like application_registry including all)");
    }

    private static Object[] row(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = rs.getObject(i + 1);
        }
        return row;
    }
}
