package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record the decision that closes the application with its one outcome. */
public record RecordDecision(OrganId organ, ApplicationId applicationId, LocalDate decidedOn, Outcome outcome) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }
}
