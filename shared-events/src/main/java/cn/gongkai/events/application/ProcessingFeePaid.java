package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The applicant paid the information-processing fee, in yuan. */
public record ProcessingFeePaid(OrganId organ, ApplicationId applicationId, LocalDate on, BigDecimal amount)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
