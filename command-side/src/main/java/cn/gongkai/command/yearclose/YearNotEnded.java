package cn.gongkai.command.yearclose;

import cn.gongkai.events.calendar.ReportingYear;

/** A year cannot be closed before it has ended. */
class YearNotEnded extends RuntimeException {

    public YearNotEnded(ReportingYear year) {
        super(year + " has not ended yet (Asia/Shanghai); it can be closed from 1 January " + (year.value() + 1));
    }
}
