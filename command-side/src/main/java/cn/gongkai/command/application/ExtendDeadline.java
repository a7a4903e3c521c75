package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record the one extension of the reply deadline. */
public record ExtendDeadline(OrganId organ, ApplicationId applicationId, LocalDate extendedOn, int workingDays) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return extendedOn;
    }
}
