package cn.gongkai.command.ingest;

import cn.gongkai.command.append.EventAppender;
import cn.gongkai.command.append.StreamBatch;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.EventOrigin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests a request of CloudEvents atomically: every event is translated and judged, and either all new facts are
 * appended in one transaction together with their idempotency keys, or nothing is and every refused event is
 * named. The steps, each a part of its own: the {@link CommandTranslator} reads each event as a command; the
 * {@link AccessPolicy} refuses what the sender may not write; in one {@link AtomicAppend}, {@link KnownEvents}
 * answers duplicates, {@link OrganReferences} and the streams' deciders ({@link StreamBatch#decide}) judge the
 * rest, and the {@link IngestionLedger} and the {@link EventAppender} record what is new.
 */
@Service
public class IngestionService {

    private final CommandTranslator translator;
    private final EventAppender appender;
    private final AtomicAppend atomically;
    private final IngestionLedger ledger;
    private final Clock clock;
    private final IngestionMetrics metrics;
    private final BulkPacing pacing;

    IngestionService(CommandTranslator translator, EventAppender appender, AtomicAppend atomically,
                     IngestionLedger ledger, Clock clock, IngestionMetrics metrics,
                     ObjectProvider<BulkPacing> pacing) {
        this.translator = translator;
        this.appender = appender;
        this.atomically = atomically;
        this.ledger = ledger;
        this.clock = clock;
        this.metrics = metrics;
        this.pacing = pacing.getIfAvailable(() -> BulkPacing.NONE);
    }

    /** Ingests on the service's own behalf (the sample year): every organ may be written. */
    public IngestionReceipt ingest(ParsedRequest request) {
        return ingest(request, WriteScope.SERVICE);
    }

    /** Ingests for a sender: an event for an organ outside its scope refuses the whole request. */
    public IngestionReceipt ingest(ParsedRequest request, WriteScope scope) {
        try {
            IngestionReceipt receipt = judgeAndAppend(request, scope, true);
            metrics.accepted(receipt);
            return receipt;
        } catch (EventsRefused refused) {
            metrics.refused(refused);
            throw refused;
        }
    }

    /**
     * Judges a request as {@link #ingest(ParsedRequest, WriteScope)} would, and appends nothing: a dry run. The
     * answer says of each event whether it would be appended, would change nothing or is a duplicate; a refused
     * request throws {@link EventsRefused} naming every event at fault. Neither is counted in the metrics.
     */
    public IngestionReceipt judge(ParsedRequest request, WriteScope scope) {
        return judgeAndAppend(request, scope, false);
    }

    /**
     * Ingests several requests merged into one, as a tentative: a refusal is not counted, since the caller then
     * ingests each request alone (and those refusals are).
     */
    public IngestionReceipt ingestTogether(ParsedRequest merged, WriteScope scope) {
        IngestionReceipt receipt = judgeAndAppend(merged, scope, true);
        metrics.accepted(receipt);
        return receipt;
    }

    private IngestionReceipt judgeAndAppend(ParsedRequest request, WriteScope scope, boolean append) {
        List<TranslatedEvent> translated = admitted(request, scope);
        if (append) {
            pacing.beforeAppending(translated.size());
        }
        IngestionReceipt receipt = atomically.run(() -> judgeAndAppend(request.submitted(), translated, append),
                () -> EventsRefused.inOrder(request.submitted(), request.events().stream().map(event ->
                        EventRefusal.of(event, "CONCURRENT_WRITE", RefusalKind.CONFLICT, null, "other requests "
                                + "were writing the same application or key at the same moment; send the request "
                                + "again")).toList()));
        if (append) {
            pacing.appended(receipt.position());
        }
        return receipt;
    }

    /** The request's events as commands, each one its sender may write; otherwise every refusal, thrown. */
    private List<TranslatedEvent> admitted(ParsedRequest request, WriteScope scope) {
        List<EventRefusal> refusals = new ArrayList<>(request.refusals());
        List<TranslatedEvent> translated = new ArrayList<>();
        for (CloudEvent event : request.events()) {
            try {
                translated.add(new TranslatedEvent(event, (TargetsAggregate) translator.toCommand(event)));
            } catch (InvalidEvent invalid) {
                refusals.add(EventRefusal.of(event, invalid));
            }
        }
        translated.forEach(item -> AccessPolicy.refusalOf(item, scope).ifPresent(refusals::add));
        if (!refusals.isEmpty()) {
            throw EventsRefused.inOrder(request.submitted(), refusals);
        }
        return translated;
    }

    /** Within the transaction: judges every event against the ledger and the streams, then records the new ones. */
    private List<EventResult> judgeAndAppend(int submitted, List<TranslatedEvent> translated, boolean append) {
        KnownEvents known = new KnownEvents(ledger.digestsOf(translated.stream().map(t -> t.event().key()).toList()));
        StreamBatch batch = appender.open(translated.stream().map(TranslatedEvent::command).toList());
        List<EventResult> results = new ArrayList<>();
        List<EventRefusal> refusals = new ArrayList<>();
        List<CloudEvent> fresh = new ArrayList<>();
        for (TranslatedEvent item : translated) {
            CloudEvent event = item.event();
            KnownEvents.Seen seen = known.judge(event).orElse(null);
            if (seen instanceof KnownEvents.Duplicate duplicate) {
                results.add(duplicate.result());
            } else if (seen instanceof KnownEvents.Reused reused) {
                refusals.add(reused.refusal());
            } else {
                try {
                    OrganReferences.check(item.command(), batch);
                    int applied = batch.decide(new EventOrigin(event.source(), event.id(), event.type(),
                            event.extensions()), item.command());
                    results.add(EventResult.of(event, applied == 0 ? EventStatus.UNCHANGED : EventStatus.APPENDED));
                    fresh.add(event);
                } catch (InvalidEvent invalid) {
                    refusals.add(EventRefusal.of(event, invalid));
                } catch (RuleViolation violation) {
                    refusals.add(EventRefusal.of(event, violation));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw EventsRefused.inOrder(submitted, refusals);
        }
        if (append) {
            ledger.record(fresh, clock.instant());
            appender.append(batch);
        }
        return results;
    }
}
