package cn.gongkai.command.review;

import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;

/** An assertion about one review or lawsuit case against the organ. */
public sealed interface CaseCommand extends OrganCommand permits FileReview, ConcludeReview, FileLawsuit,
        ConcludeLawsuit {

    CaseId caseId();

    CaseKind kind();

    @Override
    default String aggregateId() {
        return StreamIds.legalCase(organ(), kind(), caseId());
    }
}
