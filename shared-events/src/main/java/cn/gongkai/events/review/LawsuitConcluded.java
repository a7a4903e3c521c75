package cn.gongkai.events.review;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A lawsuit concluded with the court's result. */
public record LawsuitConcluded(OrganId organ, CaseId caseId, LocalDate concludedOn, CaseResult result)
        implements CaseEvent {

    @Override
    public CaseKind kind() {
        return CaseKind.LAWSUIT;
    }

    @Override
    public LocalDate businessDate() {
        return concludedOn;
    }
}
