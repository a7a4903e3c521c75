package cn.gongkai.command.ingest;

import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.rules.AggregateIds;
import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.organ.OrganId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ingests a request of CloudEvents atomically: every event is translated and judged, and either all new facts are
 * appended in one transaction together with their idempotency keys, or nothing is and every refused event is
 * named. The same (source, id) with the same content is a duplicate; with other content, a conflict.
 */
@Service
public class IngestionService {

    public static final String SOURCE = "ceSource";
    public static final String ID = "ceId";
    public static final String TYPE = "ceType";
    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);
    private static final int ATTEMPTS = 5;
    /** SQLSTATE 23505, unique_violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final CommandTranslator translator;
    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final IngestionLedger ledger;
    private final OrganDirectory organs;
    private final StreamPositions positions;
    private final PrefetchingEventStorageEngine events;
    private final Clock clock;
    private final IngestionMetrics metrics;

    public IngestionService(CommandTranslator translator, CommandGateway commands, TransactionManager transactions,
                            IngestionLedger ledger, OrganDirectory organs, StreamPositions positions,
                            PrefetchingEventStorageEngine events, Clock clock, IngestionMetrics metrics) {
        this.translator = translator;
        this.commands = commands;
        this.transactions = transactions;
        this.ledger = ledger;
        this.organs = organs;
        this.positions = positions;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
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

    private IngestionReceipt judgeAndAppend(ParsedRequest request, WriteScope scope) {
        List<EventRefusal> refusals = new ArrayList<>(request.refusals());
        List<TranslatedEvent> translated = translate(request.events(), refusals);
        translated.forEach(item -> permitted(item, scope).ifPresent(refusals::add));
        if (!refusals.isEmpty()) {
            throw refused(request.submitted(), refusals);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return appendAtomically(request.submitted(), translated);
            } catch (RuntimeException failure) {
                if (!isRace(failure)) {
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

    /**
     * Whether the append lost a race: another transaction appended to the same aggregate or recorded the same key
     * first (a unique-key violation, however the store wrapped it). Judging again sees what the other wrote.
     */
    private static boolean isRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
                translated.add(new TranslatedEvent(event, translator.toCommand(event)));
            } catch (InvalidEvent invalid) {
                refusals.add(refusal(event, invalid.rule(), RefusalKind.INVALID, invalid.field(), invalid.getMessage()));
            }
        }
        return translated;
    }

    private IngestionReceipt appendAtomically(int submitted, List<TranslatedEvent> translated) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        List<String> appended = AppendedEvents.track(unitOfWork);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<List<EventResult>> result = unitOfWork.executeWithResult(
                () -> judgeAndDispatch(submitted, translated), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw asRuntime(result.exceptionResult());
        }
        long position = appended.isEmpty() ? positions.head() : positions.of(appended.get(appended.size() - 1));
        return IngestionReceipt.of(position, result.getPayload());
    }

    private List<EventResult> judgeAndDispatch(int submitted, List<TranslatedEvent> translated) {
        Map<IngestionKey, String> recorded = ledger.digestsOf(translated.stream().map(t -> t.event().key()).toList());
        events.prefetch(streamsTouched(translated));
        Map<IngestionKey, String> inThisRequest = new HashMap<>();
        Set<OrganId> knownOrgans = new HashSet<>();
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
                requireRegistered(item.command(), knownOrgans);
                results.add(result(event, dispatch(event, item.command())));
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
        ledger.record(fresh, clock.instant());
        return results;
    }

    /** Every stream the batch will read: its commands' aggregates and the organs they name. */
    private static Set<String> streamsTouched(List<TranslatedEvent> translated) {
        Set<String> streams = new HashSet<>();
        for (TranslatedEvent item : translated) {
            if (item.command() instanceof TargetsAggregate targeted) {
                streams.add(targeted.aggregateId());
            }
            if (item.command() instanceof OrganCommand organCommand) {
                streams.add(AggregateIds.organ(organCommand.organ()));
            } else if (item.command() instanceof RegisterOrgan registration) {
                streams.add(AggregateIds.organ(registration.organ()));
                if (registration.parent() != null) {
                    streams.add(AggregateIds.organ(registration.parent()));
                }
            }
        }
        return streams;
    }

    private void requireRegistered(Object command, Set<OrganId> knownOrgans) {
        if (command instanceof OrganCommand organCommand) {
            requireRegistered(organCommand.organ(), "data.organ", knownOrgans);
        } else if (command instanceof RegisterOrgan registration && registration.parent() != null) {
            requireRegistered(registration.parent(), "data.parent", knownOrgans);
            if (organs.isWithin(registration.parent(), registration.organ())) {
                throw new InvalidEvent("ORGAN_CYCLE", "data.parent", "organ " + registration.parent()
                        + " lies under " + registration.organ() + "; it cannot also be its parent");
            }
        }
    }

    private void requireRegistered(OrganId organ, String field, Set<OrganId> knownOrgans) {
        if (knownOrgans.contains(organ)) {
            return;
        }
        if (!organs.isRegistered(organ)) {
            throw new InvalidEvent("UNKNOWN_ORGAN", field, "organ " + organ
                    + " is not registered; send gongkai.organ.registered for it first");
        }
        knownOrgans.add(organ);
    }

    /**
     * Sends the command within the request's unit of work. A handler answers how many events it applied; a handler
     * that created its aggregate answers the new aggregate's identifier instead, and creation always applies one.
     */
    private EventStatus dispatch(CloudEvent event, Object command) {
        MetaData origin = MetaData.with(SOURCE, event.source()).and(ID, event.id()).and(TYPE, event.type());
        Object applied;
        try {
            applied = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(origin));
        } catch (RuntimeException failure) {
            if (failure.getCause() instanceof RuleViolation violation) {
                throw violation;
            }
            throw failure;
        }
        boolean unchanged = applied instanceof Integer count && count == 0;
        return unchanged ? EventStatus.UNCHANGED : EventStatus.APPENDED;
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

    private static RuntimeException asRuntime(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
