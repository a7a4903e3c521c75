package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Third-party or other-agency consultation began; its time does not count against the deadline. */
public record ConsultationStarted(OrganId organ, ApplicationId applicationId, LocalDate on)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
