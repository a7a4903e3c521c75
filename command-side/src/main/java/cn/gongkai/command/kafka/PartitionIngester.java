package cn.gongkai.command.kafka;

import cn.gongkai.command.ingest.BatchTooLarge;
import cn.gongkai.command.ingest.CloudEvent;
import cn.gongkai.command.ingest.EventRefusal;
import cn.gongkai.command.ingest.EventsRefused;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.InvalidEvent;
import cn.gongkai.command.ingest.MalformedRequest;
import cn.gongkai.command.ingest.ParsedRequest;
import cn.gongkai.command.ingest.WriteScope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Ingests one partition's records of a poll, strictly in order, on a worker thread (it never touches the consumer).
 * Consecutive records that read well, of one registered source, are merged into one request of at most
 * {@code groupEvents} events and ingested in one transaction; if that request is refused, each of its records is
 * ingested alone, so that only a bad record is dead-lettered, with its own reason. Every record stays atomic: a
 * record's events are appended together or not at all, and a record ingested again is answered as a duplicate.
 */
final class PartitionIngester {

    private static final Logger log = LoggerFactory.getLogger(PartitionIngester.class);

    /** A dead letter's reason header stays well inside a record's size limit. */
    private static final int MAX_REASON = 8_000;

    private final CloudEventRecords records;
    private final SourceRegistry sources;
    private final IngestionService ingestion;
    private final DeadLetters deadLetters;
    private final int maxBatchEvents;
    private final int groupEvents;

    PartitionIngester(CloudEventRecords records, SourceRegistry sources, IngestionService ingestion,
                      DeadLetters deadLetters, int maxBatchEvents, int groupEvents) {
        this.records = records;
        this.sources = sources;
        this.ingestion = ingestion;
        this.deadLetters = deadLetters;
        this.maxBatchEvents = maxBatchEvents;
        this.groupEvents = Math.min(groupEvents, maxBatchEvents);
    }

    /** Handles the records in order until one fails for a reason that is not its own; says how far it got. */
    Outcome ingest(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> polled) {
        return new Run(partition, polled).run();
    }

    /**
     * What became of one partition's records of a poll: every record before offset {@code next} is done (appended,
     * found duplicate or dead-lettered); if {@code retry}, the record at {@code next} must be tried again.
     */
    record Outcome(TopicPartition partition, long first, long next, boolean retry) {
        boolean anyDone() {
            return next > first;
        }
    }

    /** How a record reads before it is ingested: admitted with its write scope, or refused outright. */
    private sealed interface Verdict permits Admitted, Rejected {
        ConsumerRecord<byte[], byte[]> record();
    }

    private record Admitted(ConsumerRecord<byte[], byte[]> record, ParsedRequest request, String source,
                            WriteScope scope) implements Verdict {
        /** A record with events already refused by the parser would only spoil a merged request. */
        boolean mergeable() {
            return request.refusals().isEmpty();
        }
    }

    private record Rejected(ConsumerRecord<byte[], byte[]> record, String rule, String reason) implements Verdict {
    }

    private Verdict judge(ConsumerRecord<byte[], byte[]> record) {
        ParsedRequest request;
        try {
            request = records.read(record);
        } catch (MalformedRequest | InvalidEvent unreadable) {
            return new Rejected(record, "MALFORMED_RECORD", unreadable.getMessage());
        }
        if (request.submitted() > maxBatchEvents) {
            return new Rejected(record, "BATCH_TOO_LARGE",
                    new BatchTooLarge(request.submitted(), maxBatchEvents).getMessage());
        }
        SourceRegistry.Scope scope = sources.scopeOf(request);
        if (scope.refusal() != null) {
            return new Rejected(record, "SOURCE_NOT_AUTHORISED", scope.refusal());
        }
        return new Admitted(record, request, scope.source(), scope.writeScope());
    }

    /** One partition's records of one poll: the group being gathered, and how far the records are done. */
    private final class Run {

        private final TopicPartition partition;
        private final List<ConsumerRecord<byte[], byte[]>> polled;
        private final List<Admitted> group = new ArrayList<>();
        /** The offset of the first record not yet done. */
        private long next;

        Run(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> polled) {
            this.partition = partition;
            this.polled = polled;
            this.next = polled.get(0).offset();
        }

        Outcome run() {
            long first = next;
            try {
                for (ConsumerRecord<byte[], byte[]> record : polled) {
                    take(judge(record));
                }
                ingestGroup();
                return new Outcome(partition, first, next, false);
            } catch (RuntimeException transientFailure) {
                log.warn("Record {}-{}@{} could not be ingested now; it will be tried again: {}",
                        partition.topic(), partition.partition(), next, transientFailure.toString());
                return new Outcome(partition, first, next, true);
            }
        }

        private void take(Verdict verdict) {
            if (verdict instanceof Admitted admitted && joins(admitted)) {
                group.add(admitted);
                return;
            }
            ingestGroup();
            if (verdict instanceof Admitted admitted) {
                group.add(admitted);
            } else {
                Rejected rejected = (Rejected) verdict;
                deadLetters.send(rejected.record(), rejected.rule(), rejected.reason());
                done(rejected.record());
            }
        }

        private boolean joins(Admitted admitted) {
            if (group.isEmpty()) {
                return true;
            }
            Admitted head = group.get(0);
            return head.mergeable() && admitted.mergeable() && head.source().equals(admitted.source())
                    && eventsInGroup() + admitted.request().submitted() <= groupEvents;
        }

        private int eventsInGroup() {
            return group.stream().mapToInt(member -> member.request().submitted()).sum();
        }

        private void ingestGroup() {
            if (group.size() > 1 && ingestedTogether()) {
                done(group.get(group.size() - 1).record());
            } else {
                for (Admitted member : group) {
                    ingestAlone(member);
                    done(member.record());
                }
            }
            group.clear();
        }

        /** Whether the group went in as one request; false if it was refused, maybe for one record's fault. */
        private boolean ingestedTogether() {
            try {
                ingestion.ingestTogether(merged(group), group.get(0).scope());
                return true;
            } catch (EventsRefused refused) {
                if (lostRaces(refused)) {
                    throw refused;
                }
                log.debug("Records {}-{}@{}..{} of {} refused together; each is ingested alone", partition.topic(),
                        partition.partition(), next, group.get(group.size() - 1).record().offset(),
                        group.get(0).source());
                return false;
            }
        }

        private void done(ConsumerRecord<byte[], byte[]> record) {
            next = record.offset() + 1;
        }
    }

    private void ingestAlone(Admitted admitted) {
        try {
            ingestion.ingest(admitted.request(), admitted.scope());
        } catch (EventsRefused refused) {
            if (lostRaces(refused)) {
                throw refused;
            }
            EventRefusal first = refused.refusals().get(0);
            deadLetters.send(admitted.record(), first.rule(), describe(refused));
        }
    }

    /** The records' events as one request, numbered anew so that each index names one event of it. */
    private static ParsedRequest merged(List<Admitted> group) {
        List<CloudEvent> events = new ArrayList<>();
        for (Admitted member : group) {
            for (CloudEvent event : member.request().events()) {
                events.add(event.at(events.size()));
            }
        }
        return new ParsedRequest(events.size(), events, List.of());
    }

    /** Refused only because other writers kept winning: not the record's fault, so it is tried again later. */
    private static boolean lostRaces(EventsRefused refused) {
        return refused.refusals().stream().allMatch(r -> "CONCURRENT_WRITE".equals(r.rule()));
    }

    private static String describe(EventsRefused refused) {
        StringBuilder text = new StringBuilder(refused.getMessage());
        for (EventRefusal refusal : refused.refusals()) {
            text.append("; event ").append(refusal.index());
            if (refusal.id() != null) {
                text.append(" (id ").append(refusal.id()).append(')');
            }
            text.append(": ").append(refusal.rule());
            if (refusal.field() != null) {
                text.append(" at ").append(refusal.field());
            }
            text.append(": ").append(refusal.detail());
        }
        return text.length() <= MAX_REASON ? text.toString() : text.substring(0, MAX_REASON) + "…";
    }
}
