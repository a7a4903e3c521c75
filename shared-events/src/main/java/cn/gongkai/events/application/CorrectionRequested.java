package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** The organ asked the applicant to correct (补正) the application; the clock waits for the answer. */
public record CorrectionRequested(OrganId organ, ApplicationId applicationId, LocalDate requestedOn)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
