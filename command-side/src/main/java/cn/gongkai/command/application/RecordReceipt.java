package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Record that an application was received on its legal receipt date. */
public record RecordReceipt(OrganId organ, ApplicationId applicationId, ApplicantType applicantType, LocalDate receivedOn,
                            Channel channel, String applicantKey) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return receivedOn;
    }
}
