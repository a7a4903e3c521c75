package cn.gongkai.command.ingest;

/** What became of one accepted event. */
public enum EventStatus {
    /** New facts were appended to the event store. */
    APPENDED,
    /** A new event whose facts were already recorded (e.g. the same decision sent under another id). */
    UNCHANGED,
    /** The same (source, id) with the same content was ingested before; nothing changed. */
    DUPLICATE
}
