package cn.gongkai.command.review;

import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;

import java.time.LocalDate;

/** Record how a lawsuit concluded. */
public record ConcludeLawsuit(OrganId organ, CaseId caseId, LocalDate concludedOn, CaseResult result) implements CaseCommand {

    @Override
    public CaseKind kind() {
        return CaseKind.LAWSUIT;
    }

    @Override
    public LocalDate businessDate() {
        return concludedOn;
    }
}
