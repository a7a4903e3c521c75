package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Under Art. 35 the organ set a longer reasonable deadline for a mass or repeated request. */
public record DeadlineSet(OrganId organ, ApplicationId applicationId, LocalDate setOn, LocalDate dueOn)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return setOn;
    }
}
