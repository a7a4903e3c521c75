package cn.gongkai.events.review;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** An administrative review (行政复议) of the organ's disclosure work was filed; the application is optional. */
public record ReviewFiled(OrganId organ, CaseId caseId, LocalDate filedOn, ApplicationId applicationId)
        implements CaseEvent {

    @Override
    public CaseKind kind() {
        return CaseKind.REVIEW;
    }

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
