package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/**
 * An application was received on its legal receipt date (Art. 31). {@code channel} and {@code applicantKey}
 * (an opaque key linking one applicant's applications, never a name or number) are optional.
 */
public record ApplicationReceived(OrganId organ, ApplicationId applicationId, ApplicantType applicantType,
                                  LocalDate receivedOn, Channel channel, String applicantKey)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return receivedOn;
    }
}
