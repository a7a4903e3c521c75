package cn.gongkai.command.organ;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.organ.OrganRegistered;

import java.time.LocalDate;
import java.util.List;

/**
 * An organ's registration; registering the same name and parent again changes nothing, a new name or parent is a
 * new registration. The state is the latest registration, or null. A registration has no business date.
 */
public final class OrganDecider implements Decider<RegisterOrgan, OrganRegistered, OrganRegistered> {

    public static final OrganDecider INSTANCE = new OrganDecider();

    private OrganDecider() {
    }

    @Override
    public OrganRegistered initialState() {
        return null;
    }

    @Override
    public List<OrganRegistered> decide(RegisterOrgan command, OrganRegistered current, LocalDate today) {
        if (command.organ().equals(command.parent())) {
            throw new RuleViolation("SELF_PARENT", false, "organ " + command.organ() + " cannot be its own parent");
        }
        OrganRegistered registered = new OrganRegistered(command.organ(), command.name(), command.parent());
        return registered.equals(current) ? List.of() : List.of(registered);
    }

    @Override
    public OrganRegistered evolve(OrganRegistered current, OrganRegistered event) {
        return event;
    }
}
