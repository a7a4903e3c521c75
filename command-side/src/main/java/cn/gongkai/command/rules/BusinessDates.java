package cn.gongkai.command.rules;

import java.time.LocalDate;

/**
 * The date rules every decider shares, defined once: a fact cannot have happened after today, nor before the fact it
 * follows. {@code subject} names what the refused command is about, as the refusal's message begins.
 */
public final class BusinessDates {

    public static final String FUTURE_DATE = "FUTURE_DATE";
    public static final String DATE_ORDER = "DATE_ORDER";

    private BusinessDates() {
    }

    public static void notAfterToday(OrganCommand command, LocalDate today) {
        notAfterToday(describe(command), command.businessDate(), today);
    }

    public static void notAfterToday(String subject, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new RuleViolation(FUTURE_DATE, false, subject + " cannot be dated " + date + ", after today ("
                    + today + ", Asia/Shanghai)");
        }
    }

    public static void notBefore(OrganCommand command, LocalDate date, LocalDate earliest, String what) {
        notBefore(describe(command), date, earliest, what);
    }

    public static void notBefore(String subject, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw new RuleViolation(DATE_ORDER, false, subject + " cannot be dated " + date + ", before " + what
                    + " on " + earliest);
        }
    }

    public static String describe(OrganCommand command) {
        return command.aggregateId();
    }
}
