package cn.gongkai.command.review;

import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;

import java.time.LocalDate;

/** Record how an administrative review concluded. */
public record ConcludeReview(OrganId organ, CaseId caseId, LocalDate concludedOn, CaseResult result) implements CaseCommand {

    @Override
    public CaseKind kind() {
        return CaseKind.REVIEW;
    }

    @Override
    public LocalDate businessDate() {
        return concludedOn;
    }
}
