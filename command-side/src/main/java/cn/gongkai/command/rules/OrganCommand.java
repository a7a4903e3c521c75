package cn.gongkai.command.rules;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A command about one registered organ's facts; it names its aggregate and its business date. */
public interface OrganCommand extends TargetsAggregate {

    OrganId organ();

    /** The business date the command asserts; it may not lie after today (Asia/Shanghai). */
    LocalDate businessDate();
}
