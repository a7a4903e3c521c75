package cn.gongkai.events.review;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** An administrative review concluded with its result. */
public record ReviewConcluded(OrganId organ, CaseId caseId, LocalDate concludedOn, CaseResult result)
        implements CaseEvent {

    @Override
    public CaseKind kind() {
        return CaseKind.REVIEW;
    }

    @Override
    public LocalDate businessDate() {
        return concludedOn;
    }
}
