package cn.gongkai.command.organ;

import cn.gongkai.events.organ.OrganId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import cn.gongkai.command.rules.TargetsAggregate;
import cn.gongkai.events.StreamIds;

/** Register an organ, or change its name or parent. */
public record RegisterOrgan(OrganId organ, String name, OrganId parent) implements TargetsAggregate {

    @Override
    @TargetAggregateIdentifier
    public String aggregateId() {
        return StreamIds.organ(organ);
    }
}
