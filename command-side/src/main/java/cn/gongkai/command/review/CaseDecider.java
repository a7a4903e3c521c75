package cn.gongkai.command.review;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.review.CaseEvent;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;

import java.time.LocalDate;
import java.util.List;

/** The life of a review or lawsuit case: filed, then concluded once with one result. */
public final class CaseDecider implements Decider<CaseCommand, CaseState, CaseEvent> {

    public static final CaseDecider INSTANCE = new CaseDecider();

    private CaseDecider() {
    }

    @Override
    public CaseState initialState() {
        return CaseState.NOT_FILED;
    }

    @Override
    public List<CaseEvent> decide(CaseCommand command, CaseState state, LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        CaseEvent event = eventOf(command);
        boolean filing = command instanceof FileReview || command instanceof FileLawsuit;
        return filing ? file(command, event, state) : conclude(command, event, state);
    }

    @Override
    public CaseState evolve(CaseState state, CaseEvent event) {
        if (event instanceof ReviewFiled || event instanceof LawsuitFiled) {
            return new CaseState(event, state.conclusion());
        }
        return new CaseState(state.filing(), event);
    }

    private static List<CaseEvent> file(CaseCommand command, CaseEvent filed, CaseState state) {
        if (state.filing() == null) {
            return List.of(filed);
        }
        if (state.filing().equals(filed)) {
            return List.of();
        }
        throw new RuleViolation("CONFLICTING_FILING", true, command.aggregateId()
                + " was already filed with different facts: " + state.filing());
    }

    private static List<CaseEvent> conclude(CaseCommand command, CaseEvent concluded, CaseState state) {
        if (state.filing() == null) {
            throw new RuleViolation("NOT_FILED", true, command.aggregateId() + " has not been filed");
        }
        if (concluded.equals(state.conclusion())) {
            return List.of();
        }
        if (state.conclusion() != null) {
            throw new RuleViolation("ALREADY_CONCLUDED", true, command.aggregateId() + " was already concluded on "
                    + state.conclusion().businessDate() + ": " + state.conclusion());
        }
        BusinessDates.notBefore(command, command.businessDate(), state.filedOn(), "its filing");
        return List.of(concluded);
    }

    private static CaseEvent eventOf(CaseCommand command) {
        if (command instanceof FileReview c) {
            return new ReviewFiled(c.organ(), c.caseId(), c.filedOn(), c.applicationId());
        } else if (command instanceof ConcludeReview c) {
            return new ReviewConcluded(c.organ(), c.caseId(), c.concludedOn(), c.result());
        } else if (command instanceof FileLawsuit c) {
            return new LawsuitFiled(c.organ(), c.caseId(), c.filedOn(), c.afterReview(), c.applicationId());
        } else if (command instanceof ConcludeLawsuit c) {
            return new LawsuitConcluded(c.organ(), c.caseId(), c.concludedOn(), c.result());
        }
        throw new IllegalArgumentException("unknown case command " + command);
    }
}
