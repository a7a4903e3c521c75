package cn.gongkai.events.kafka;

/**
 * The Kafka side of the published language: topic names and the record headers both sides read and write.
 *
 * <p>{@code gongkai.events.v1} carries every stored event, keyed by its aggregate (one application's events stay in
 * one partition, in order), as a CloudEvent in binary mode: its value the stored payload, its {@code ce_} headers the
 * CloudEvents attributes, its {@code gongkai_} headers the rest of the stored row. Between events the
 * publisher writes a <em>watermark</em> record (no key, no value) to every partition: every event at or below that
 * position has been written to its partition before the watermark.
 *
 * <p>Positions start at {@link #FIRST_POSITION}. A position may hold no event (an insert that took it and rolled
 * back): a watermark names such positions in {@link #ABSENT}, those above the previous watermark the publisher
 * announced (all of them, from the first position, on its first watermark after a start), so that a replica can tell
 * a position that does not exist from one its copy lacks.
 */
public final class KafkaContract {

    public static final String INGEST_TOPIC = "gongkai.ingest.v1";
    public static final String DEAD_LETTER_TOPIC = "gongkai.ingest.v1.dlt";
    public static final String EVENTS_TOPIC = "gongkai.events.v1";

    /** Headers of a dead-lettered ingestion record. */
    public static final String DLT_REASON = "gongkai_dlt_reason";
    public static final String DLT_RULE = "gongkai_dlt_rule";
    public static final String DLT_TOPIC = "gongkai_dlt_original_topic";
    public static final String DLT_PARTITION = "gongkai_dlt_original_partition";
    public static final String DLT_OFFSET = "gongkai_dlt_original_offset";

    /**
     * An event record on the events topic is a CloudEvent in binary mode (the Kafka protocol binding's {@code ce_}
     * headers): its id the event's identifier, this source, its type the contract's, its time when it was recorded,
     * the extensions kept from the CloudEvent it came from, and its data the stored payload, of this content type.
     */
    public static final String EVENTS_SOURCE = "urn:gongkai:store";
    public static final String EVENTS_CONTENT_TYPE = "application/json";

    /** Headers of an event record on the events topic: the stored row, column by column. */
    public static final String POSITION = "gongkai_position";
    public static final String EVENT_ID = "gongkai_event_id";
    public static final String AGGREGATE = "gongkai_aggregate";
    public static final String AGGREGATE_TYPE = "gongkai_aggregate_type";
    public static final String SEQUENCE = "gongkai_sequence";
    public static final String PAYLOAD_TYPE = "gongkai_payload_type";
    public static final String PAYLOAD_REVISION = "gongkai_payload_revision";
    public static final String TIMESTAMP = "gongkai_timestamp";
    public static final String META_DATA = "gongkai_meta_data";

    /** The header of a watermark record. */
    public static final String WATERMARK = "gongkai_watermark";
    /** Beside a watermark: positions at or below it that hold no event, as {@link PositionRange}s ({@code 5-9,12}). */
    public static final String ABSENT = "gongkai_absent";

    /**
     * The command side's export of its store from a position ({@code GET /api/v1/stored-events}), from which a
     * replica copies what the topic no longer holds: JSON Lines in position order, each an object whose members are
     * an event record's headers (the meta data in base64) and {@link #EXPORT_VALUE}, its value in base64; or an
     * {@link #ABSENT} member naming positions with no event; the last line a {@link #WATERMARK} member, the position
     * the export reached (a stream cut short has none).
     */
    public static final String EXPORT_VALUE = "gongkai_value";

    /** The position of the first event of a store. */
    public static final long FIRST_POSITION = 1;

    private KafkaContract() {
    }
}
