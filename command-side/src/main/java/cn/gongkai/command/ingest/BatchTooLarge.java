package cn.gongkai.command.ingest;

/** A batch of more events than {@code gongkai.limits.max-batch-events}; nothing of it was read further. */
public class BatchTooLarge extends RuntimeException {

    public BatchTooLarge(int submitted, int limit) {
        super("the batch holds " + submitted + " events; at most " + limit
                + " are accepted in one request (gongkai.limits.max-batch-events): split it");
    }
}
