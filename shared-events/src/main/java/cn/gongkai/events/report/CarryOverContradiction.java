package cn.gongkai.events.report;

import cn.gongkai.events.application.ApplicantType;

import java.time.LocalDate;

/**
 * An application formally recorded as carried over at the end of a year, yet later recorded as decided on or before
 * that year's last day (a back-dated decision): the carry-over record and the facts disagree.
 */
public record CarryOverContradiction(String organ, String applicationId, ApplicantType applicantType,
                                     LocalDate decidedOn) {
}
