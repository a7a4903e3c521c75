package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** Correct the applicant category fixed at receipt. */
public record CorrectApplicantType(OrganId organ, ApplicationId applicationId, ApplicantType applicantType,
                                   LocalDate correctedOn) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }
}
