package cn.gongkai.events.review;

import cn.gongkai.events.organ.OrganId;

import java.time.LocalDate;

/** A fact in the life of a review or lawsuit case against the organ. */
public sealed interface CaseEvent permits ReviewFiled, ReviewConcluded, LawsuitFiled, LawsuitConcluded {

    OrganId organ();

    CaseId caseId();

    CaseKind kind();

    LocalDate businessDate();
}
