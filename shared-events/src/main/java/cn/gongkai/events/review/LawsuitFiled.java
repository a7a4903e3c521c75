package cn.gongkai.events.review;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A lawsuit (行政诉讼) was filed, directly or after an administrative review; the application is optional. */
public record LawsuitFiled(OrganId organ, CaseId caseId, LocalDate filedOn, boolean afterReview,
                           ApplicationId applicationId) implements CaseEvent {

    @Override
    public CaseKind kind() {
        return CaseKind.LAWSUIT;
    }

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
