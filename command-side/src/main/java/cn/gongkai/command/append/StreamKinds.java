package cn.gongkai.command.append;

import cn.gongkai.command.application.ApplicationAggregate;
import cn.gongkai.command.application.ApplicationCommand;
import cn.gongkai.command.application.ApplicationDecider;
import cn.gongkai.command.application.ApplicationState;
import cn.gongkai.command.narrative.NarrativeAggregate;
import cn.gongkai.command.narrative.WriteNarrative;
import cn.gongkai.command.organ.OrganAggregate;
import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.proactive.DeclareStock;
import cn.gongkai.command.proactive.DocumentAggregate;
import cn.gongkai.command.proactive.DocumentStockAggregate;
import cn.gongkai.command.proactive.IssueDocument;
import cn.gongkai.command.proactive.RecordDecisions;
import cn.gongkai.command.proactive.RecordFeeCollection;
import cn.gongkai.command.proactive.RecordedFactAggregate;
import cn.gongkai.command.proactive.RepealDocument;
import cn.gongkai.command.review.CaseAggregate;
import cn.gongkai.command.review.CaseCommand;
import cn.gongkai.command.review.CaseDecider;
import cn.gongkai.command.review.CaseState;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.organ.OrganRegistered;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.ProactiveEvent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The stream kinds of every command that ingestion judges in batches, each over its aggregate's pure decider. */
final class StreamKinds {

    static final StreamKind<ApplicationState> APPLICATION = StreamKind.of(ApplicationAggregate.class,
            ApplicationDecider.INSTANCE);

    static final StreamKind<CaseState> CASE = StreamKind.of(CaseAggregate.class, CaseDecider.INSTANCE);

    static final StreamKind<OrganRegistered> ORGAN = new StreamKind<>(
            OrganAggregate.class.getSimpleName(), null,
            (state, event) -> (OrganRegistered) event,
            (command, state, today) -> OrganAggregate.decide((RegisterOrgan) command, state));

    static final StreamKind<Document> DOCUMENT = new StreamKind<>(
            DocumentAggregate.class.getSimpleName(), new Document(null, null),
            (state, event) -> event instanceof DocumentIssued issued ? new Document(issued, state.repeal())
                    : new Document(state.issue(), (DocumentRepealed) event),
            (command, state, today) -> command instanceof IssueDocument issue
                    ? DocumentAggregate.decide(issue, state.issue(), state.repeal(), today)
                    : DocumentAggregate.decide((RepealDocument) command, state.issue(), state.repeal(), today));

    static final StreamKind<Map<LocalDate, Long>> STOCK = new StreamKind<>(
            DocumentStockAggregate.class.getSimpleName(), Map.of(),
            (state, event) -> {
                DocumentStockDeclared declared = (DocumentStockDeclared) event;
                Map<LocalDate, Long> next = new HashMap<>(state);
                next.put(declared.asOf(), declared.inForce());
                return next;
            },
            (command, state, today) -> DocumentStockAggregate.decide((DeclareStock) command, state, today));

    static final StreamKind<ProactiveEvent> RECORDED_FACT = new StreamKind<>(
            RecordedFactAggregate.class.getSimpleName(), null,
            (state, event) -> (ProactiveEvent) event,
            (command, state, today) -> command instanceof RecordDecisions decisions
                    ? RecordedFactAggregate.decide(decisions, state, today)
                    : RecordedFactAggregate.decide((RecordFeeCollection) command, state, today));

    static final StreamKind<String> NARRATIVE = new StreamKind<>(
            NarrativeAggregate.class.getSimpleName(), null,
            (state, event) -> ((NarrativeWritten) event).text(),
            (command, state, today) -> NarrativeAggregate.decide((WriteNarrative) command, state, today));

    private StreamKinds() {
    }

    /** The kind of stream a command is decided on. */
    static StreamKind<?> of(Object command) {
        if (command instanceof ApplicationCommand) {
            return APPLICATION;
        } else if (command instanceof CaseCommand) {
            return CASE;
        } else if (command instanceof RegisterOrgan) {
            return ORGAN;
        } else if (command instanceof IssueDocument || command instanceof RepealDocument) {
            return DOCUMENT;
        } else if (command instanceof DeclareStock) {
            return STOCK;
        } else if (command instanceof RecordDecisions || command instanceof RecordFeeCollection) {
            return RECORDED_FACT;
        } else if (command instanceof WriteNarrative) {
            return NARRATIVE;
        }
        throw new IllegalArgumentException("no batch decider for " + command.getClass().getName());
    }

    /** A document's issue and repeal, each recorded at most once. */
    record Document(DocumentIssued issue, DocumentRepealed repeal) {
    }
}
