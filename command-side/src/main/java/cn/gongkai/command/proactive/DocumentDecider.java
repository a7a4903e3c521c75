package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.ProactiveEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A document's life: issued once, repealed once, of one kind. A document of the opening stock is repealed without
 * having been seen issued, so its repeal must name its kind.
 */
public final class DocumentDecider implements Decider<DocumentCommand, DocumentState, ProactiveEvent> {

    public static final DocumentDecider INSTANCE = new DocumentDecider();

    private DocumentDecider() {
    }

    @Override
    public DocumentState initialState() {
        return DocumentState.UNKNOWN;
    }

    @Override
    public List<ProactiveEvent> decide(DocumentCommand command, DocumentState state, LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        if (command instanceof IssueDocument issue) {
            return issue(issue, state);
        } else if (command instanceof RepealDocument repeal) {
            return repeal(repeal, state);
        }
        throw new IllegalArgumentException("unknown document command " + command.getClass().getName());
    }

    @Override
    public DocumentState evolve(DocumentState state, ProactiveEvent event) {
        if (event instanceof DocumentIssued issued) {
            return new DocumentState(issued, state.repeal());
        } else if (event instanceof DocumentRepealed repealed) {
            return new DocumentState(state.issue(), repealed);
        }
        throw new IllegalArgumentException("not a document event: " + event.getClass().getName());
    }

    private static List<ProactiveEvent> issue(IssueDocument command, DocumentState state) {
        DocumentIssued issued = new DocumentIssued(command.organ(), command.documentId(), command.kind(),
                command.issuedOn());
        if (issued.equals(state.issue())) {
            return List.of();
        }
        if (state.issue() != null) {
            throw new RuleViolation("CONFLICTING_ISSUE", true, command.aggregateId()
                    + " was already issued with different facts: " + state.issue());
        }
        if (state.repeal() != null) {
            requireSameKind(command, state.repeal().kind(), command.kind());
            BusinessDates.notBefore(command, state.repeal().repealedOn(), command.issuedOn(), "its issue");
        }
        return List.of(issued);
    }

    private static List<ProactiveEvent> repeal(RepealDocument command, DocumentState state) {
        DocumentKind kind = state.issue() != null ? state.issue().kind() : command.kind();
        if (kind == null) {
            throw new RuleViolation("KIND_REQUIRED", false, command.aggregateId()
                    + " was not seen issued; its repeal must give data.kind");
        }
        if (state.issue() != null && command.kind() != null) {
            requireSameKind(command, state.issue().kind(), command.kind());
        }
        DocumentRepealed repealed = new DocumentRepealed(command.organ(), command.documentId(), kind,
                command.repealedOn());
        if (repealed.equals(state.repeal())) {
            return List.of();
        }
        if (state.repeal() != null) {
            throw new RuleViolation("ALREADY_REPEALED", true, command.aggregateId() + " was already repealed on "
                    + state.repeal().repealedOn());
        }
        if (state.issue() != null) {
            BusinessDates.notBefore(command, command.repealedOn(), state.issue().issuedOn(), "its issue");
        }
        return List.of(repealed);
    }

    private static void requireSameKind(DocumentCommand command, DocumentKind recorded, DocumentKind asserted) {
        if (recorded != asserted) {
            throw new RuleViolation("KIND_MISMATCH", true, command.aggregateId() + " is a " + recorded + ", not a "
                    + asserted);
        }
    }
}
