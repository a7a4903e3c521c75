package cn.gongkai.query.audit;

import cn.gongkai.events.audit.AuditedEvent;
import cn.gongkai.events.audit.Books;
import cn.gongkai.events.audit.BooksCodec;
import cn.gongkai.events.audit.EventDigest;
import cn.gongkai.query.audit.FoldCheckpoints.Checkpoint;

import java.time.Instant;

/**
 * One organ's events folded in stream order into untraced {@link Books} and the running digest of their canonical
 * lines, from its first event or from a checkpoint: what an as-of report tallies and what a checkpoint saves.
 */
final class OrganFold {

    private final String organ;
    private final Books books;
    private final EventDigest digest;
    private long events;
    private Instant recordedThrough;
    private long position;

    private OrganFold(String organ, Books books, EventDigest digest, long events, Instant recordedThrough,
                      long position) {
        this.organ = organ;
        this.books = books;
        this.digest = digest;
        this.events = events;
        this.recordedThrough = recordedThrough;
        this.position = position;
    }

    /** Nothing folded yet; checkpoints may be taken of it. */
    static OrganFold start(String organ) {
        return new OrganFold(organ, Books.untraced(), EventDigest.start(), 0, null, -1);
    }

    /** Nothing folded yet, and no checkpoint will be taken: the digest runs on the platform's faster SHA-256. */
    static OrganFold oneOff(String organ) {
        return new OrganFold(organ, Books.untraced(), EventDigest.oneOff(), 0, null, -1);
    }

    /** The organ's fold as the checkpoint saved it. */
    static OrganFold resume(Checkpoint checkpoint) {
        return new OrganFold(checkpoint.organ(), checkpoint.readBooks(), checkpoint.resumeDigest(),
                checkpoint.events(), checkpoint.recordedThrough(), checkpoint.position());
    }

    /** Folds the organ's next event in stream order. */
    void add(AuditedEvent event) {
        books.apply(event);
        digest.add(event);
        events++;
        if (recordedThrough == null || event.recordedAt().isAfter(recordedThrough)) {
            recordedThrough = event.recordedAt();
        }
        position = event.position();
    }

    /** Every event of the organ at or below this position has been folded (the stream was read that far). */
    void reach(long settled) {
        position = Math.max(position, settled);
    }

    /** The fold as a checkpoint at its position; there must be at least one event folded. */
    Checkpoint checkpoint(String keptFor) {
        if (events == 0) {
            throw new IllegalStateException("a checkpoint of " + organ + " needs an event folded");
        }
        return new Checkpoint(organ, position, events, recordedThrough, keptFor, BooksCodec.write(books),
                digest.state());
    }

    Books books() {
        return books;
    }

    String digest() {
        return digest.hex();
    }

    long events() {
        return events;
    }

    long position() {
        return position;
    }

    /** The latest moment recorded among the events folded, or null if there is none. */
    Instant recordedThrough() {
        return recordedThrough;
    }
}
