package cn.gongkai.events.fold;

import cn.gongkai.events.report.CaseFact;
import cn.gongkai.events.review.CaseEvent;
import cn.gongkai.events.review.CaseKind;
import cn.gongkai.events.review.CaseResult;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;

import java.time.LocalDate;

/** A review's or lawsuit's facts for table 四 as far as its events have gone; {@code filedOn} is null until filed. */
public record CaseState(CaseKind kind, boolean afterReview, LocalDate filedOn, LocalDate concludedOn,
                        CaseResult result) {

    /** Before any event of the case. */
    public static final CaseState NONE = new CaseState(null, false, null, null, null);

    /** The state after the event of this case. */
    public CaseState evolve(CaseEvent event) {
        if (event instanceof ReviewFiled filed) {
            return new CaseState(CaseKind.REVIEW, false, filed.filedOn(), concludedOn, result);
        }
        if (event instanceof LawsuitFiled filed) {
            return new CaseState(CaseKind.LAWSUIT, filed.afterReview(), filed.filedOn(), concludedOn, result);
        }
        if (event instanceof ReviewConcluded concluded) {
            return new CaseState(CaseKind.REVIEW, afterReview, filedOn, concluded.concludedOn(), concluded.result());
        }
        LawsuitConcluded concluded = (LawsuitConcluded) event;
        return new CaseState(CaseKind.LAWSUIT, afterReview, filedOn, concluded.concludedOn(), concluded.result());
    }

    public boolean filed() {
        return filedOn != null;
    }

    /** The fact the counting rules read; only of a filed case. */
    public CaseFact fact() {
        return new CaseFact(kind, afterReview, filedOn, concludedOn, result);
    }
}
