package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** The consultation ended; the statutory clock runs again. */
public record ConsultationEnded(OrganId organ, ApplicationId applicationId, LocalDate on)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
