package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Record that the applicant paid the information-processing fee, in yuan. */
public record RecordProcessingFeePayment(OrganId organ, ApplicationId applicationId, LocalDate on,
                                         BigDecimal amount) implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return on;
    }
}
