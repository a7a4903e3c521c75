package cn.gongkai.command.ingest;

/** Why an event was refused: it is not a valid event, or it contradicts what is already recorded. */
public enum RefusalKind {
    /** Malformed or invalid input: the sender must fix the event itself (HTTP 422). */
    INVALID,
    /** An event the sender may not write: an organ its credential or source does not name (HTTP 403). */
    FORBIDDEN,
    /** A valid event that contradicts recorded facts or reuses an idempotency key (HTTP 409). */
    CONFLICT
}
