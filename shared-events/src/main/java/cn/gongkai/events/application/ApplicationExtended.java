package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** The one extension of the reply deadline, of at most 20 working days (Art. 33). */
public record ApplicationExtended(OrganId organ, ApplicationId applicationId, LocalDate extendedOn, int workingDays)
        implements ApplicationEvent {

    public static final int MAX_WORKING_DAYS = 20;

    @Override
    public LocalDate businessDate() {
        return extendedOn;
    }
}
