package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.proactive.ProactiveEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A fact that stands alone: a tally of decisions or a fee collected, its own one-event stream named by the
 * CloudEvent that brought it. Recording it again changes nothing; other content under its name conflicts. The state
 * is the fact recorded, or null.
 */
public final class RecordedFactDecider implements Decider<RecordedFactCommand, ProactiveEvent, ProactiveEvent> {

    public static final RecordedFactDecider INSTANCE = new RecordedFactDecider();

    private RecordedFactDecider() {
    }

    @Override
    public ProactiveEvent initialState() {
        return null;
    }

    @Override
    public List<ProactiveEvent> decide(RecordedFactCommand command, ProactiveEvent recorded, LocalDate today) {
        ProactiveEvent fact = factOf(command);
        BusinessDates.notAfterToday(command, today);
        if (fact.equals(recorded)) {
            return List.of();
        }
        if (recorded != null) {
            throw new RuleViolation("CONFLICTING_FACT", true, command.aggregateId()
                    + " was already recorded as " + recorded);
        }
        return List.of(fact);
    }

    @Override
    public ProactiveEvent evolve(ProactiveEvent recorded, ProactiveEvent event) {
        return event;
    }

    /** The fact the command asserts, once its figure is checked. */
    private static ProactiveEvent factOf(RecordedFactCommand command) {
        if (command instanceof RecordDecisions decisions) {
            if (decisions.count() < 1) {
                throw new RuleViolation("INVALID_COUNT", false, "count must be at least 1, not "
                        + decisions.count());
            }
            return new DecisionsRecorded(decisions.organ(), decisions.kind(), decisions.decidedOn(),
                    decisions.count());
        } else if (command instanceof RecordFeeCollection fee) {
            if (fee.amount().signum() <= 0) {
                throw new RuleViolation("INVALID_AMOUNT", false, "amount must be positive, not " + fee.amount());
            }
            return new FeeCollected(fee.organ(), fee.collectedOn(), fee.amount());
        }
        throw new IllegalArgumentException("unknown recorded fact " + command.getClass().getName());
    }
}
