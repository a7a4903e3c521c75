package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** The corrected application arrived; the statutory clock restarts from this day. */
public record ApplicationCorrected(OrganId organ, ApplicationId applicationId, LocalDate correctedOn)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }
}
