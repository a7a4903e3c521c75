package cn.gongkai.command.rules;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

/**
 * Aggregate identifiers in the event store. An organ code never contains '/', so an application's identifier
 * starts with a prefix that selects exactly one organ's applications.
 */
public final class AggregateIds {

    private AggregateIds() {
    }

    public static String organ(OrganId organ) {
        return "organ:" + organ.value();
    }

    public static String application(OrganId organ, ApplicationId application) {
        return applicationsOf(organ) + application.value();
    }

    public static String applicationsOf(OrganId organ) {
        return "application:" + organ.value() + "/";
    }
}
