package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.proactive.DocumentStockDeclared;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organ's declared opening balances of one kind of document, by day: a new figure for a day supersedes the old,
 * the same figure again changes nothing.
 */
public final class DocumentStockDecider implements Decider<DeclareStock, Map<LocalDate, Long>, DocumentStockDeclared> {

    public static final DocumentStockDecider INSTANCE = new DocumentStockDecider();

    private DocumentStockDecider() {
    }

    @Override
    public Map<LocalDate, Long> initialState() {
        return Map.of();
    }

    @Override
    public List<DocumentStockDeclared> decide(DeclareStock command, Map<LocalDate, Long> declared, LocalDate today) {
        BusinessDates.notAfterToday(command, today);
        if (command.inForce() < 0) {
            throw new RuleViolation("INVALID_COUNT", false, "inForce cannot be negative: " + command.inForce());
        }
        if (Long.valueOf(command.inForce()).equals(declared.get(command.asOf()))) {
            return List.of();
        }
        return List.of(new DocumentStockDeclared(command.organ(), command.kind(), command.inForce(), command.asOf()));
    }

    @Override
    public Map<LocalDate, Long> evolve(Map<LocalDate, Long> declared, DocumentStockDeclared event) {
        Map<LocalDate, Long> next = new HashMap<>(declared);
        next.put(event.asOf(), event.inForce());
        return Map.copyOf(next);
    }
}
