package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** The application was closed with its one outcome. */
public record ApplicationDecided(OrganId organ, ApplicationId applicationId, LocalDate decidedOn, Outcome outcome)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
