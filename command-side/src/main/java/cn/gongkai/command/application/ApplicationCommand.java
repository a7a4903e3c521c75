package cn.gongkai.command.application;

import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.application.ApplicationId;

/** A department's assertion about one application; the decider turns it into events or refuses it. */
public sealed interface ApplicationCommand extends OrganCommand permits RecordReceipt, CorrectApplicantType,
        RequestCorrection,
        RecordCorrection, ExtendDeadline, StartConsultation, EndConsultation, SetDeadline, RecordDecision,
        RecordCarryOver, ChargeProcessingFee, RecordProcessingFeePayment {

    ApplicationId applicationId();

    @Override
    default String aggregateId() {
        return StreamIds.application(organ(), applicationId());
    }
}
