package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record that the corrected application arrived. */
public record RecordCorrection(OrganId organ, ApplicationId applicationId, LocalDate correctedOn) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }
}
