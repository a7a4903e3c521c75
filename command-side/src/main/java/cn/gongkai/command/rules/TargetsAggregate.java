package cn.gongkai.command.rules;

/** A command that names the aggregate it is for (see {@link AggregateIds}). */
public interface TargetsAggregate {

    String aggregateId();
}
