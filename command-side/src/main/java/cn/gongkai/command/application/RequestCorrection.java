package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record that the applicant was asked to correct the application. */
public record RequestCorrection(OrganId organ, ApplicationId applicationId, LocalDate requestedOn) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return requestedOn;
    }
}
