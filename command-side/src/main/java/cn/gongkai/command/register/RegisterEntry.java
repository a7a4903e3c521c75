package cn.gongkai.command.register;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;

import java.time.LocalDate;

/**
 * One application as a register row records it, checked: the dates in a possible order, the words read as codes.
 * Null where the register leaves a cell blank (an application still open has no decision).
 */
record RegisterEntry(int row, String number, ApplicationId applicationId, ApplicantType applicantType,
                     LocalDate receivedOn, Channel channel, LocalDate correctionRequestedOn, LocalDate correctedOn,
                     LocalDate extendedOn, Integer extensionWorkingDays, LocalDate consultationStartedOn,
                     LocalDate consultationEndedOn, LocalDate decidedOn, Outcome outcome) {
}
