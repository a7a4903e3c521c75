package cn.gongkai.events.report;

import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;

import java.time.LocalDate;
import java.util.Objects;

/** What table 四 needs to know of one case; {@code concludedOn} and {@code result} are null while it is open. */
public record CaseFact(CaseKind kind, boolean afterReview, LocalDate filedOn, LocalDate concludedOn,
                       CaseResult result) {

    public CaseFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedOn, "filedOn");
        if ((concludedOn == null) != (result == null)) {
            throw new IllegalArgumentException("concludedOn and result go together");
        }
    }

    public CaseGroup group() {
        if (kind == CaseKind.REVIEW) {
            return CaseGroup.REVIEW;
        }
        return afterReview ? CaseGroup.LAWSUIT_AFTER_REVIEW : CaseGroup.LAWSUIT_DIRECT;
    }

    boolean concludedBy(LocalDate lastDay) {
        return concludedOn != null && !concludedOn.isAfter(lastDay);
    }
}
