package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.BusinessTime;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.ProactiveEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A document's life: issued once, repealed once, of one kind. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class DocumentAggregate {

    @AggregateIdentifier
    private String id;
    private DocumentIssued issue;
    private DocumentRepealed repeal;

    protected DocumentAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(IssueDocument command, Clock clock) {
        return emit(decide(command, issue, repeal, BusinessTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(RepealDocument command, Clock clock) {
        return emit(decide(command, issue, repeal, BusinessTime.today(clock)));
    }

    @EventSourcingHandler
    void on(DocumentIssued event) {
        id = StreamIds.document(event.organ(), event.documentId());
        issue = event;
    }

    @EventSourcingHandler
    void on(DocumentRepealed event) {
        id = StreamIds.document(event.organ(), event.documentId());
        repeal = event;
    }

    public static List<ProactiveEvent> decide(IssueDocument command, DocumentIssued issue, DocumentRepealed repeal,
                                       LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        DocumentIssued issued = new DocumentIssued(command.organ(), command.documentId(), command.kind(),
                command.issuedOn());
        if (issued.equals(issue)) {
            return List.of();
        }
        if (issue != null) {
            throw new RuleViolation("CONFLICTING_ISSUE", true, command.aggregateId()
                    + " was already issued with different facts: " + issue);
        }
        if (repeal != null) {
            requireSameKind(command.aggregateId(), repeal.kind(), command.kind());
            BusinessDates.notBefore(command, repeal.repealedOn(), command.issuedOn(), "its issue");
        }
        return List.of(issued);
    }

    public static List<ProactiveEvent> decide(RepealDocument command, DocumentIssued issue, DocumentRepealed repeal,
                                       LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        DocumentKind kind = issue != null ? issue.kind() : command.kind();
        if (kind == null) {
            throw new RuleViolation("KIND_REQUIRED", false, command.aggregateId()
                    + " was not seen issued; its repeal must give data.kind");
        }
        if (issue != null && command.kind() != null) {
            requireSameKind(command.aggregateId(), issue.kind(), command.kind());
        }
        DocumentRepealed repealed = new DocumentRepealed(command.organ(), command.documentId(), kind,
                command.repealedOn());
        if (repealed.equals(repeal)) {
            return List.of();
        }
        if (repeal != null) {
            throw new RuleViolation("ALREADY_REPEALED", true, command.aggregateId() + " was already repealed on "
                    + repeal.repealedOn());
        }
        if (issue != null) {
            BusinessDates.notBefore(command, command.repealedOn(), issue.issuedOn(), "its issue");
        }
        return List.of(repealed);
    }

    private static void requireSameKind(String document, DocumentKind recorded, DocumentKind asserted) {
        if (recorded != asserted) {
            throw new RuleViolation("KIND_MISMATCH", true, document + " is a " + recorded + ", not a " + asserted);
        }
    }

    private static int emit(List<ProactiveEvent> events) {
        events.forEach(event -> apply(event));
        return events.size();
    }
}
