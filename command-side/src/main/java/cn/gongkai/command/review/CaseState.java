package cn.gongkai.command.review;

import cn.gongkai.events.review.CaseEvent;

import java.time.LocalDate;

/** A case's filing and conclusion as recorded so far (null where not yet). */
public record CaseState(CaseEvent filing, CaseEvent conclusion) {

    public static final CaseState NOT_FILED = new CaseState(null, null);

    LocalDate filedOn() {
        return filing.businessDate();
    }
}
