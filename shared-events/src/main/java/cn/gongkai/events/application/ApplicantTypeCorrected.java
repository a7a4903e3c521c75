package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** The applicant category fixed at receipt was wrong and is corrected explicitly. */
public record ApplicantTypeCorrected(OrganId organ, ApplicationId applicationId, ApplicantType applicantType,
                                     LocalDate correctedOn) implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }
}
