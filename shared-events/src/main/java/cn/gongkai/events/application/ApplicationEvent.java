package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A fact in the life of one disclosure application (依申请公开). */
public sealed interface ApplicationEvent permits ApplicationReceived, ApplicantTypeCorrected, CorrectionRequested,
        ApplicationCorrected, ApplicationExtended, ConsultationStarted, ConsultationEnded, DeadlineSet,
        ApplicationDecided, ApplicationCarriedOver, ProcessingFeeCharged, ProcessingFeePaid {

    OrganId organ();

    ApplicationId applicationId();

    /** The business date (Asia/Shanghai) the fact happened on; it decides the year it counts in. */
    LocalDate businessDate();
}
