package cn.gongkai.command.ingest;

/** Why an event was refused: it is not a valid event, or it contradicts what is already recorded. */
public enum RefusalKind {
    /** Malformed or invalid input: the sender must fix the event itself (HTTP 422). */
    INVALID,
    /** A valid event that contradicts recorded facts or reuses an idempotency key (HTTP 409). */
    CONFLICT
}
