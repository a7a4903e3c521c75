package cn.gongkai.events.application;

import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;

/** The formal year-end record: the application was open at the end of {@code year} and goes on into the next. */
public record ApplicationCarriedOver(OrganId organ, ApplicationId applicationId, ReportingYear year)
        implements ApplicationEvent {

    @Override
    public LocalDate businessDate() {
        return year.nextYearFirstDay().minusDays(1);
    }
}
