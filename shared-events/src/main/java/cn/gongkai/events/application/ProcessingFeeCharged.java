package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A notice of the information-processing fee (信息处理费) was sent for the application, in yuan. */
public record ProcessingFeeCharged(OrganId organ, ApplicationId applicationId, LocalDate on, BigDecimal amount)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
