package cn.gongkai.events.narrative;

import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.calendar.ReportingYear;

/** The office wrote (or rewrote) a section of prose of the organ's report for a year; the latest text holds. */
public record NarrativeWritten(OrganId organ, ReportingYear year, NarrativeSection section, String text) {
}
