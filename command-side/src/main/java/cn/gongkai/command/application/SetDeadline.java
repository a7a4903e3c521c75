package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record an Art. 35 deadline set for a mass or repeated request. */
public record SetDeadline(OrganId organ, ApplicationId applicationId, LocalDate setOn, LocalDate dueOn) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return setOn;
    }
}
