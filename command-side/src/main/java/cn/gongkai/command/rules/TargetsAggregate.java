package cn.gongkai.command.rules;

/** A command that names the aggregate it is for (see {@link cn.gongkai.events.StreamIds}). */
public interface TargetsAggregate {

    String aggregateId();
}
