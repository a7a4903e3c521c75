package cn.gongkai.command.review;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;

import java.time.LocalDate;

/** Record that a lawsuit was filed, directly or after a review. */
public record FileLawsuit(OrganId organ, CaseId caseId, LocalDate filedOn, boolean afterReview, ApplicationId applicationId) implements CaseCommand {

    @Override
    public CaseKind kind() {
        return CaseKind.LAWSUIT;
    }

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
