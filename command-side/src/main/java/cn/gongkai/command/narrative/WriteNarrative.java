package cn.gongkai.command.narrative;

import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.events.StreamIds;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;

import java.time.LocalDate;

/** Write a section of prose of an organ's report for a year; its business date is the year's first day. */
public record WriteNarrative(OrganId organ, ReportingYear year, NarrativeSection section, String text)
        implements OrganCommand {

    @Override
    public String aggregateId() {
        return StreamIds.narrative(organ, year, section);
    }

    @Override
    public LocalDate businessDate() {
        return year.firstDay();
    }
}
