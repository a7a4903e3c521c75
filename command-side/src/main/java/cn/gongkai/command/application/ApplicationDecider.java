package cn.gongkai.command.application;

import cn.gongkai.command.rules.RuleViolation;
import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.CorrectionRequested;
import cn.gongkai.events.application.DeadlineSet;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The life of an application as pure functions: {@code decide} judges a command against the state and yields the
 * events it makes true (none when they already hold), or refuses it; {@code evolve} folds an event into the state.
 */
public final class ApplicationDecider {

    /**
     * A deadline set under Art. 35 (a reasonable time for a mass request) runs months, not years: one further away
     * than this is a typing error, or an office hiding an overdue application from the statutory clock.
     */
    static final int LONGEST_DEADLINE_YEARS = 2;

    private ApplicationDecider() {
    }

    /** Judges any application command: the one decision of its kind below. */
    public static List<ApplicationEvent> decide(ApplicationCommand command, ApplicationState state, LocalDate today) {
        if (command instanceof RecordReceipt c) {
            return decide(c, state, today);
        } else if (command instanceof CorrectApplicantType c) {
            return decide(c, state, today);
        } else if (command instanceof RequestCorrection c) {
            return decide(c, state, today);
        } else if (command instanceof RecordCorrection c) {
            return decide(c, state, today);
        } else if (command instanceof ExtendDeadline c) {
            return decide(c, state, today);
        } else if (command instanceof StartConsultation c) {
            return decide(c, state, today);
        } else if (command instanceof EndConsultation c) {
            return decide(c, state, today);
        } else if (command instanceof SetDeadline c) {
            return decide(c, state, today);
        } else if (command instanceof RecordDecision c) {
            return decide(c, state, today);
        } else if (command instanceof RecordCarryOver c) {
            return decide(c, state, today);
        } else if (command instanceof ChargeProcessingFee c) {
            return decide(c, state, today);
        } else if (command instanceof RecordProcessingFeePayment c) {
            return decide(c, state, today);
        }
        throw new IllegalArgumentException("unknown application command " + command.getClass().getName());
    }

    public static List<ApplicationEvent> decide(RecordReceipt command, ApplicationState state, LocalDate today) {
        notInFuture(command, today);
        ApplicationReceived received = new ApplicationReceived(command.organ(), command.applicationId(),
                command.applicantType(), command.receivedOn(), command.channel(), command.applicantKey());
        if (!state.received()) {
            return List.of(received);
        }
        if (state.receipt().equals(received)) {
            return List.of();
        }
        throw violation(ApplicationRule.CONFLICTING_RECEIPT, command,
                "was already received with different facts: " + state.receipt());
    }

    public static List<ApplicationEvent> decide(CorrectApplicantType command, ApplicationState state,
                                                LocalDate today) {
        requireReceived(command, state, today);
        if (state.applicantType() == command.applicantType()) {
            return List.of();
        }
        return List.of(new ApplicantTypeCorrected(command.organ(), command.applicationId(), command.applicantType(),
                command.correctedOn()));
    }

    public static List<ApplicationEvent> decide(RequestCorrection command, ApplicationState state, LocalDate today) {
        requireOpen(command, state, today);
        if (state.correctionRequestedOn() != null) {
            if (state.correctionRequestedOn().equals(command.requestedOn())) {
                return List.of();
            }
            throw violation(ApplicationRule.CORRECTION_ALREADY_REQUESTED, command,
                    "already had its one correction requested on " + state.correctionRequestedOn());
        }
        return List.of(new CorrectionRequested(command.organ(), command.applicationId(), command.requestedOn()));
    }

    public static List<ApplicationEvent> decide(RecordCorrection command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        if (state.correctionRequestedOn() == null) {
            throw violation(ApplicationRule.NO_CORRECTION_REQUESTED, command, "has no correction requested");
        }
        if (state.correctedOn() != null) {
            if (state.correctedOn().equals(command.correctedOn())) {
                return List.of();
            }
            throw violation(ApplicationRule.NO_CORRECTION_REQUESTED, command,
                    "was already corrected on " + state.correctedOn());
        }
        requireDecisionAbsent(command, state);
        notBefore(command, command.correctedOn(), state.correctionRequestedOn(), "the correction request");
        return List.of(new ApplicationCorrected(command.organ(), command.applicationId(), command.correctedOn()));
    }

    public static List<ApplicationEvent> decide(ExtendDeadline command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        ApplicationExtended extension = new ApplicationExtended(command.organ(), command.applicationId(),
                command.extendedOn(), command.workingDays());
        if (extension.equals(state.extension())) {
            return List.of();
        }
        requireDecisionAbsent(command, state);
        if (state.extension() != null) {
            throw violation(ApplicationRule.EXTENSION_ALREADY_GRANTED, command,
                    "was already extended on " + state.extension().extendedOn() + "; the law allows one extension");
        }
        if (command.workingDays() < 1 || command.workingDays() > ApplicationExtended.MAX_WORKING_DAYS) {
            throw violation(ApplicationRule.EXTENSION_TOO_LONG, command,
                    "cannot be extended by " + command.workingDays() + " working days; 1 to "
                            + ApplicationExtended.MAX_WORKING_DAYS + " are allowed");
        }
        return List.of(extension);
    }

    public static List<ApplicationEvent> decide(StartConsultation command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        if (state.consulting()) {
            if (state.consultationSince().equals(command.on())) {
                return List.of();
            }
            throw violation(ApplicationRule.CONSULTATION_ALREADY_OPEN, command,
                    "is already in consultation since " + state.consultationSince());
        }
        requireDecisionAbsent(command, state);
        return List.of(new ConsultationStarted(command.organ(), command.applicationId(), command.on()));
    }

    public static List<ApplicationEvent> decide(EndConsultation command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        if (!state.consulting()) {
            if (command.on().equals(state.lastConsultationEndedOn())) {
                return List.of();
            }
            throw violation(ApplicationRule.NO_CONSULTATION_OPEN, command, "has no consultation open");
        }
        notBefore(command, command.on(), state.consultationSince(), "the start of the consultation");
        return List.of(new ConsultationEnded(command.organ(), command.applicationId(), command.on()));
    }

    public static List<ApplicationEvent> decide(SetDeadline command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        DeadlineSet deadline = new DeadlineSet(command.organ(), command.applicationId(), command.setOn(),
                command.dueOn());
        if (deadline.equals(state.deadline())) {
            return List.of();
        }
        requireDecisionAbsent(command, state);
        if (command.dueOn().isBefore(command.setOn())) {
            throw violation(ApplicationRule.DEADLINE_BEFORE_SETTING, command,
                    "cannot be due on " + command.dueOn() + ", before the deadline was set on " + command.setOn());
        }
        if (command.dueOn().isAfter(command.setOn().plusYears(LONGEST_DEADLINE_YEARS))) {
            throw violation(ApplicationRule.DEADLINE_TOO_FAR, command, "cannot be due on " + command.dueOn()
                    + ", more than " + LONGEST_DEADLINE_YEARS + " years after the deadline was set on "
                    + command.setOn() + ": no statutory deadline runs that long");
        }
        return List.of(deadline);
    }

    public static List<ApplicationEvent> decide(RecordDecision command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        ApplicationDecided decided = new ApplicationDecided(command.organ(), command.applicationId(),
                command.decidedOn(), command.outcome());
        if (decided.equals(state.decision())) {
            return List.of();
        }
        requireDecisionAbsent(command, state);
        if (state.correctionPending() && !command.outcome().closesPendingCorrection()) {
            throw violation(ApplicationRule.CORRECTION_PENDING, command,
                    "awaits the correction requested on " + state.correctionRequestedOn()
                            + "; only OTHER_NO_CORRECTION or OTHER can close it before the correction arrives");
        }
        if (command.outcome() == Outcome.OTHER_NO_CORRECTION
                && state.correctionRequestedOn() == null) {
            throw violation(ApplicationRule.NO_CORRECTION_REQUESTED, command,
                    "cannot close as OTHER_NO_CORRECTION: no correction was requested");
        }
        if (command.outcome() == Outcome.OTHER_FEE_UNPAID && (state.feeNotices().isEmpty()
                || !state.feePayments().isEmpty())) {
            throw violation(ApplicationRule.NO_FEE_CHARGED, command, "cannot close as OTHER_FEE_UNPAID: "
                    + (state.feeNotices().isEmpty() ? "no fee notice was sent" : "the fee was paid"));
        }
        if (state.correctedOn() != null) {
            notBefore(command, command.decidedOn(), state.correctedOn(), "the correction");
        }
        return List.of(decided);
    }

    public static List<ApplicationEvent> decide(RecordCarryOver command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        if (state.carriedOver().contains(command.year())) {
            return List.of();
        }
        LocalDate yearEnd = command.businessDate();
        if (state.receipt().receivedOn().isAfter(yearEnd)) {
            throw violation(ApplicationRule.NOT_OPEN_AT_YEAR_END, command,
                    "was received after the end of " + command.year());
        }
        if (state.decided() && !state.decision().decidedOn().isAfter(yearEnd)) {
            throw violation(ApplicationRule.NOT_OPEN_AT_YEAR_END, command, "was decided on "
                    + state.decision().decidedOn() + ", before the end of " + command.year());
        }
        return List.of(new ApplicationCarriedOver(command.organ(), command.applicationId(), command.year()));
    }

    public static List<ApplicationEvent> decide(ChargeProcessingFee command, ApplicationState state,
                                                LocalDate today) {
        requireReceived(command, state, today);
        ProcessingFeeCharged notice = new ProcessingFeeCharged(command.organ(), command.applicationId(),
                command.on(), command.amount());
        if (state.feeNotices().contains(notice)) {
            return List.of();
        }
        requireDecisionAbsent(command, state);
        requirePositive(command, command.amount());
        return List.of(notice);
    }

    public static List<ApplicationEvent> decide(RecordProcessingFeePayment command, ApplicationState state,
                                                LocalDate today) {
        requireReceived(command, state, today);
        ProcessingFeePaid payment = new ProcessingFeePaid(command.organ(), command.applicationId(), command.on(),
                command.amount());
        if (state.feePayments().contains(payment)) {
            return List.of();
        }
        LocalDate firstNotice = state.feeNotices().stream().map(ProcessingFeeCharged::on).min(LocalDate::compareTo)
                .orElseThrow(() -> violation(ApplicationRule.NO_FEE_CHARGED, command, "was sent no fee notice"));
        notBefore(command, command.on(), firstNotice, "the fee notice");
        requirePositive(command, command.amount());
        return List.of(payment);
    }

    public static ApplicationState evolve(ApplicationState state, ApplicationEvent event) {
        if (event instanceof ApplicationReceived e) {
            return state.withReceipt(e);
        } else if (event instanceof ApplicantTypeCorrected e) {
            return state.withApplicantType(e.applicantType());
        } else if (event instanceof CorrectionRequested e) {
            return state.withCorrectionRequestedOn(e.requestedOn());
        } else if (event instanceof ApplicationCorrected e) {
            return state.withCorrectedOn(e.correctedOn());
        } else if (event instanceof ApplicationExtended e) {
            return state.withExtension(e);
        } else if (event instanceof ConsultationStarted e) {
            return state.withConsultation(e.on(), state.lastConsultationEndedOn());
        } else if (event instanceof ConsultationEnded e) {
            return state.withConsultation(null, e.on());
        } else if (event instanceof DeadlineSet e) {
            return state.withDeadline(e);
        } else if (event instanceof ApplicationDecided e) {
            return state.withDecision(e);
        } else if (event instanceof ApplicationCarriedOver e) {
            return state.withCarriedOver(e.year());
        } else if (event instanceof ProcessingFeeCharged e) {
            return state.withFeeNotice(e);
        } else if (event instanceof ProcessingFeePaid e) {
            return state.withFeePayment(e);
        }
        throw new IllegalArgumentException("unknown application event " + event.getClass().getName());
    }

    private static void notInFuture(ApplicationCommand command, LocalDate today) {
        if (command.businessDate().isAfter(today)) {
            throw violation(ApplicationRule.FUTURE_DATE, command,
                    "cannot be dated " + command.businessDate() + ", after today (" + today + ", Asia/Shanghai)");
        }
    }

    private static void requireReceived(ApplicationCommand command, ApplicationState state, LocalDate today) {
        notInFuture(command, today);
        if (!state.received()) {
            throw violation(ApplicationRule.NOT_RECEIVED, command, "has not been received");
        }
        if (command.businessDate().isBefore(state.receipt().receivedOn())) {
            throw violation(ApplicationRule.BEFORE_RECEIPT, command, "cannot be dated " + command.businessDate()
                    + ", before its receipt on " + state.receipt().receivedOn());
        }
    }

    private static void requireOpen(ApplicationCommand command, ApplicationState state, LocalDate today) {
        requireReceived(command, state, today);
        requireDecisionAbsent(command, state);
    }

    private static void requireDecisionAbsent(ApplicationCommand command, ApplicationState state) {
        if (state.decided()) {
            throw violation(ApplicationRule.ALREADY_DECIDED, command,
                    "was already decided on " + state.decision().decidedOn() + " as "
                            + state.decision().outcome());
        }
    }

    private static void notBefore(ApplicationCommand command, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw violation(ApplicationRule.DATE_ORDER, command,
                    "cannot be dated " + date + ", before " + what + " on " + earliest);
        }
    }

    private static void requirePositive(ApplicationCommand command, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw violation(ApplicationRule.INVALID_AMOUNT, command, "cannot be charged or pay " + amount + " yuan");
        }
    }

    private static RuleViolation violation(ApplicationRule rule, ApplicationCommand command, String reason) {
        Objects.requireNonNull(command);
        return new RuleViolation(rule.name(), rule.conflict(), "application " + command.applicationId() + " of organ "
                + command.organ() + " " + reason);
    }
}
