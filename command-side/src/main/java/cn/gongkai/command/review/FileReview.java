package cn.gongkai.command.review;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;

import java.time.LocalDate;

/** Record that an administrative review was filed. */
public record FileReview(OrganId organ, CaseId caseId, LocalDate filedOn, ApplicationId applicationId) implements CaseCommand {

    @Override
    public CaseKind kind() {
        return CaseKind.REVIEW;
    }

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
