package cn.gongkai.command.ingest;

/** The idempotency key of an ingested event: its CloudEvents {@code source} and {@code id}. */
record IngestionKey(String source, String id) {
}
