package cn.gongkai.command.application;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;

/** Record the formal year-end carry-over of an application still open at the end of the year. */
public record RecordCarryOver(OrganId organ, ApplicationId applicationId, ReportingYear year)
        implements ApplicationCommand {

    @Override
    public LocalDate businessDate() {
        return year.nextYearFirstDay().minusDays(1);
    }
}
