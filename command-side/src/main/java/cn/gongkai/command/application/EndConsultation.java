package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record that the consultation ended. */
public record EndConsultation(OrganId organ, ApplicationId applicationId, LocalDate on) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
