package cn.gongkai.command.ingest;

import cn.gongkai.command.append.EventAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * A request's events judged and appended in one transaction, judged again when the transaction lost a race on a
 * stream (another request appended to it between the read and the commit), at most five times; the receipt names
 * the position the request's events reached (or the head, when it appended nothing).
 */
@Component
class AtomicAppend {

    private static final Logger log = LoggerFactory.getLogger(AtomicAppend.class);
    private static final int ATTEMPTS = 5;

    private final EventAppender appender;
    private final StreamPositions positions;

    AtomicAppend(EventAppender appender, StreamPositions positions) {
        this.appender = appender;
        this.positions = positions;
    }

    /**
     * Runs {@code judgeAndAppend} in a transaction until it commits without a lost race; after the last attempt,
     * answers with {@code gaveUp}'s refusal.
     */
    IngestionReceipt run(Supplier<List<EventResult>> judgeAndAppend, Supplier<EventsRefused> gaveUp) {
        for (int attempt = 1; ; attempt++) {
            try {
                EventAppender.Appended<List<EventResult>> judged = appender.inTransactionAppending(judgeAndAppend);
                long position = judged.head() == EventAppender.NOTHING_APPENDED ? positions.head() : judged.head();
                return IngestionReceipt.of(position, judged.result());
            } catch (RuntimeException failure) {
                if (!EventAppender.isRace(failure)) {
                    throw failure;
                }
                if (attempt == ATTEMPTS) {
                    throw gaveUp.get();
                }
                log.info("Concurrent write to the same application or key; retrying the request (attempt {})",
                        attempt + 1);
            }
        }
    }
}
