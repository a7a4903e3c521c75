package cn.gongkai.command.ingest;

import cn.gongkai.command.append.EventAppender;
import cn.gongkai.command.append.StreamBatch;
import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.EventOrigin;
import cn.gongkai.events.organ.OrganId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ingests a request of CloudEvents atomically: every event is translated and judged, and either all new facts are
 * appended in one transaction together with their idempotency keys, or nothing is and every refused event is
 * named. The same (source, id) with the same content is a duplicate; with other content, a conflict.
 */
@Service
public class IngestionService {

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);
    private static final int ATTEMPTS = 5;

    private final CommandTranslator translator;
    private final EventAppender appender;
    private final IngestionLedger ledger;
    private final StreamPositions positions;
    private final Clock clock;
    private final IngestionMetrics metrics;
    private final BulkPacing pacing;

    public IngestionService(CommandTranslator translator, EventAppender appender, IngestionLedger ledger,
                            StreamPositions positions, Clock clock, IngestionMetrics metrics,
                            ObjectProvider<BulkPacing> pacing) {
        this.translator = translator;
        this.appender = appender;
        this.ledger = ledger;
        this.positions = positions;
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
            IngestionReceipt receipt = judgeAndAppend(request, scope);
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
        IngestionReceipt receipt = judgeAndAppend(merged, scope);
        metrics.accepted(receipt);
        return receipt;
    }

    private IngestionReceipt judgeAndAppend(ParsedRequest request, WriteScope scope) {
        return judgeAndAppend(request, scope, true);
    }

    private IngestionReceipt judgeAndAppend(ParsedRequest request, WriteScope scope, boolean append) {
        List<EventRefusal> refusals = new ArrayList<>(request.refusals());
        List<TranslatedEvent> translated = translate(request.events(), refusals);
        translated.forEach(item -> permitted(item, scope).ifPresent(refusals::add));
        if (!refusals.isEmpty()) {
            throw refused(request.submitted(), refusals);
        }
        if (append) {
            pacing.beforeAppending(translated.size());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                IngestionReceipt receipt = appendAtomically(request.submitted(), translated, append);
                if (append) {
                    pacing.appended(receipt.position());
                }
                return receipt;
            } catch (RuntimeException failure) {
                if (!EventAppender.isRace(failure)) {
                    throw failure;
                }
                if (attempt == ATTEMPTS) {
                    throw refused(request.submitted(), request.events().stream().map(event -> refusal(event,
                            "CONCURRENT_WRITE", RefusalKind.CONFLICT, null, "other requests were writing the same "
                                    + "application or key at the same moment; send the request again")).toList());
                }
                log.info("Concurrent write to the same application or key; retrying the request (attempt {})",
                        attempt + 1);
            }
        }
    }

    /** The refusal of an event its sender may not write, if it is one. */
    private static Optional<EventRefusal> permitted(TranslatedEvent item, WriteScope scope) {
        CloudEvent event = item.event();
        if (item.command() instanceof RegisterOrgan registration && !scope.mayRegisterOrgans()) {
            return Optional.of(refusal(event, "ADMINISTRATOR_ONLY", RefusalKind.FORBIDDEN, "type", "only an "
                    + "administrator registers organs; " + scope.sender() + " may not register "
                    + registration.organ()));
        }
        if (item.command() instanceof OrganCommand organCommand
                && !scope.mayWriteOrgan().test(organCommand.organ().value())) {
            return Optional.of(refusal(event, "ORGAN_NOT_PERMITTED", RefusalKind.FORBIDDEN, "data.organ",
                    scope.sender() + " may not write the facts of organ " + organCommand.organ()));
        }
        return Optional.empty();
    }

    private List<TranslatedEvent> translate(List<CloudEvent> events, List<EventRefusal> refusals) {
        List<TranslatedEvent> translated = new ArrayList<>();
        for (CloudEvent event : events) {
            try {
                translated.add(new TranslatedEvent(event, (TargetsAggregate) translator.toCommand(event)));
            } catch (InvalidEvent invalid) {
                refusals.add(refusal(event, invalid.rule(), RefusalKind.INVALID, invalid.field(), invalid.getMessage()));
            }
        }
        return translated;
    }

    private IngestionReceipt appendAtomically(int submitted, List<TranslatedEvent> translated, boolean append) {
        EventAppender.Appended<List<EventResult>> judged = appender.inTransactionAppending(
                () -> judgeAndAppend(submitted, translated, append));
        long position = judged.head() == EventAppender.NOTHING_APPENDED ? positions.head() : judged.head();
        return IngestionReceipt.of(position, judged.result());
    }

    private List<EventResult> judgeAndAppend(int submitted, List<TranslatedEvent> translated, boolean append) {
        Map<IngestionKey, String> recorded = ledger.digestsOf(translated.stream().map(t -> t.event().key()).toList());
        StreamBatch batch = appender.open(translated.stream().map(TranslatedEvent::command).toList());
        Map<IngestionKey, String> inThisRequest = new HashMap<>();
        List<EventResult> results = new ArrayList<>();
        List<EventRefusal> refusals = new ArrayList<>();
        List<CloudEvent> fresh = new ArrayList<>();
        for (TranslatedEvent item : translated) {
            CloudEvent event = item.event();
            String earlier = recorded.getOrDefault(event.key(), inThisRequest.get(event.key()));
            if (earlier != null) {
                if (earlier.equals(event.contentDigest())) {
                    results.add(result(event, EventStatus.DUPLICATE));
                } else {
                    refusals.add(refusal(event, "ID_REUSED", RefusalKind.CONFLICT, "id", "(source, id) = ("
                            + event.source() + ", " + event.id() + ") was already used for an event with other content"));
                }
                continue;
            }
            inThisRequest.put(event.key(), event.contentDigest());
            try {
                requireRegistered(item.command(), batch);
                int applied = batch.decide(new EventOrigin(event.source(), event.id(), event.type(),
                        event.extensions()), item.command());
                results.add(result(event, applied == 0 ? EventStatus.UNCHANGED : EventStatus.APPENDED));
                fresh.add(event);
            } catch (InvalidEvent invalid) {
                refusals.add(refusal(event, invalid.rule(), RefusalKind.INVALID, invalid.field(), invalid.getMessage()));
            } catch (RuleViolation violation) {
                RefusalKind kind = violation.conflict() ? RefusalKind.CONFLICT : RefusalKind.INVALID;
                refusals.add(refusal(event, violation.rule(), kind, null, violation.getMessage()));
            }
        }
        if (!refusals.isEmpty()) {
            throw refused(submitted, refusals);
        }
        if (!append) {
            return results;
        }
        ledger.record(fresh, clock.instant());
        appender.append(batch);
        return results;
    }

    private static void requireRegistered(Object command, StreamBatch batch) {
        if (command instanceof OrganCommand organCommand) {
            requireRegistered(organCommand.organ(), "data.organ", batch);
        } else if (command instanceof RegisterOrgan registration && registration.parent() != null) {
            requireRegistered(registration.parent(), "data.parent", batch);
            if (batch.isWithin(registration.parent(), registration.organ())) {
                throw new InvalidEvent("ORGAN_CYCLE", "data.parent", "organ " + registration.parent()
                        + " lies under " + registration.organ() + "; it cannot also be its parent");
            }
        }
    }

    private static void requireRegistered(OrganId organ, String field, StreamBatch batch) {
        if (!batch.isRegistered(organ)) {
            throw new InvalidEvent("UNKNOWN_ORGAN", field, "organ " + organ
                    + " is not registered; send gongkai.organ.registered for it first");
        }
    }

    private static EventResult result(CloudEvent event, EventStatus status) {
        return new EventResult(event.index(), event.source(), event.id(), status);
    }

    private static EventRefusal refusal(CloudEvent event, String rule, RefusalKind kind, String field, String detail) {
        return new EventRefusal(event.index(), event.source(), event.id(), rule, kind, field, detail);
    }

    private static EventsRefused refused(int submitted, List<EventRefusal> refusals) {
        List<EventRefusal> ordered = new ArrayList<>(refusals);
        ordered.sort(Comparator.comparingInt(EventRefusal::index));
        return new EventsRefused(submitted, ordered);
    }

}
