package cn.gongkai.command.application;

import cn.gongkai.command.rules.AggregateIds;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A department's assertion about one application; the decider turns it into events or refuses it. */
public sealed interface ApplicationCommand permits RecordReceipt, CorrectApplicantType, RequestCorrection,
        RecordCorrection, ExtendDeadline, StartConsultation, EndConsultation, SetDeadline, RecordDecision {

    OrganId organ();

    ApplicationId applicationId();

    /** The business date the command asserts; it may not lie after today. */
    LocalDate businessDate();

    default String aggregateId() {
        return AggregateIds.application(organ(), applicationId());
    }
}
