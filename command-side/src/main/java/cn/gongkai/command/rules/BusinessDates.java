package cn.gongkai.command.rules;

import java.time.LocalDate;

/** The rule every decider shares: a fact cannot have happened after today. */
public final class BusinessDates {

    public static final String FUTURE_DATE = "FUTURE_DATE";
    public static final String DATE_ORDER = "DATE_ORDER";

    private BusinessDates() {
    }

    public static void notAfterToday(OrganCommand command, LocalDate today) {
        if (command.businessDate().isAfter(today)) {
            throw new RuleViolation(FUTURE_DATE, false, describe(command) + " cannot be dated "
                    + command.businessDate() + ", after today (" + today + ", Asia/Shanghai)");
        }
    }

    public static void notBefore(OrganCommand command, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw new RuleViolation(DATE_ORDER, false, describe(command) + " cannot be dated " + date + ", before "
                    + what + " on " + earliest);
        }
    }

    public static String describe(OrganCommand command) {
        return command.aggregateId();
    }
}
