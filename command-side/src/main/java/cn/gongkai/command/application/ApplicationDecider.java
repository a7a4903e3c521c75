package cn.gongkai.command.application;

import cn.gongkai.command.application.ApplicationState.Decided;
import cn.gongkai.command.application.ApplicationState.NotReceived;
import cn.gongkai.command.rules.BusinessDates;
import cn.gongkai.command.rules.Decider;
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

/**
 * The life of an application as pure functions: {@code decide} judges a command against the application's phase
 * and yields the events it makes true (none when they already hold), or refuses it; {@code evolve} adds an event to
 * the history the phase is read from.
 */
public final class ApplicationDecider implements Decider<ApplicationCommand, ApplicationState, ApplicationEvent> {

    public static final ApplicationDecider INSTANCE = new ApplicationDecider();

    /**
     * A deadline set under Art. 35 (a reasonable time for a mass request) runs months, not years: one further away
     * than this is a typing error, or an office hiding an overdue application from the statutory clock.
     */
    static final int LONGEST_DEADLINE_YEARS = 2;

    private ApplicationDecider() {
    }

    @Override
    public ApplicationState initialState() {
        return ApplicationState.NOT_RECEIVED;
    }

    @Override
    public ApplicationState evolve(ApplicationState state, ApplicationEvent event) {
        return ApplicationState.of(state.history().plus(event));
    }

    /** Judges any application command: the one decision of its kind below. */
    @Override
    public List<ApplicationEvent> decide(ApplicationCommand command, ApplicationState state, LocalDate today) {
        if (command instanceof RecordReceipt c) {
            return receive(c, state, today);
        } else if (command instanceof CorrectApplicantType c) {
            return correctApplicantType(c, state, today);
        } else if (command instanceof RequestCorrection c) {
            return requestCorrection(c, state, today);
        } else if (command instanceof RecordCorrection c) {
            return recordCorrection(c, state, today);
        } else if (command instanceof ExtendDeadline c) {
            return extend(c, state, today);
        } else if (command instanceof StartConsultation c) {
            return startConsultation(c, state, today);
        } else if (command instanceof EndConsultation c) {
            return endConsultation(c, state, today);
        } else if (command instanceof SetDeadline c) {
            return setDeadline(c, state, today);
        } else if (command instanceof RecordDecision c) {
            return recordDecision(c, state, today);
        } else if (command instanceof RecordCarryOver c) {
            return carryOver(c, state, today);
        } else if (command instanceof ChargeProcessingFee c) {
            return chargeFee(c, state, today);
        } else if (command instanceof RecordProcessingFeePayment c) {
            return recordFeePayment(c, state, today);
        }
        throw new IllegalArgumentException("unknown application command " + command.getClass().getName());
    }

    private static List<ApplicationEvent> receive(RecordReceipt command, ApplicationState state, LocalDate today) {
        BusinessDates.notAfterToday(subject(command), command.businessDate(), today);
        ApplicationReceived received = new ApplicationReceived(command.organ(), command.applicationId(),
                command.applicantType(), command.receivedOn(), command.channel(), command.applicantKey());
        if (state instanceof NotReceived) {
            return List.of(received);
        }
        if (state.history().receipt().equals(received)) {
            return List.of();
        }
        throw violation(ApplicationRule.CONFLICTING_RECEIPT, command,
                "was already received with different facts: " + state.history().receipt());
    }

    private static List<ApplicationEvent> correctApplicantType(CorrectApplicantType command, ApplicationState state,
                                                               LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        if (history.applicantType() == command.applicantType()) {
            return List.of();
        }
        return List.of(new ApplicantTypeCorrected(command.organ(), command.applicationId(), command.applicantType(),
                command.correctedOn()));
    }

    private static List<ApplicationEvent> requestCorrection(RequestCorrection command, ApplicationState state,
                                                            LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        requireOpen(command, state);
        if (history.correctionRequestedOn() != null) {
            if (history.correctionRequestedOn().equals(command.requestedOn())) {
                return List.of();
            }
            throw violation(ApplicationRule.CORRECTION_ALREADY_REQUESTED, command,
                    "already had its one correction requested on " + history.correctionRequestedOn());
        }
        return List.of(new CorrectionRequested(command.organ(), command.applicationId(), command.requestedOn()));
    }

    private static List<ApplicationEvent> recordCorrection(RecordCorrection command, ApplicationState state,
                                                           LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        if (history.correctionRequestedOn() == null) {
            throw violation(ApplicationRule.NO_CORRECTION_REQUESTED, command, "has no correction requested");
        }
        if (history.correctedOn() != null) {
            if (history.correctedOn().equals(command.correctedOn())) {
                return List.of();
            }
            throw violation(ApplicationRule.NO_CORRECTION_REQUESTED, command,
                    "was already corrected on " + history.correctedOn());
        }
        requireOpen(command, state);
        BusinessDates.notBefore(subject(command), command.correctedOn(), history.correctionRequestedOn(),
                "the correction request");
        return List.of(new ApplicationCorrected(command.organ(), command.applicationId(), command.correctedOn()));
    }

    private static List<ApplicationEvent> extend(ExtendDeadline command, ApplicationState state, LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        ApplicationExtended extension = new ApplicationExtended(command.organ(), command.applicationId(),
                command.extendedOn(), command.workingDays());
        if (extension.equals(history.extension())) {
            return List.of();
        }
        requireOpen(command, state);
        if (history.extension() != null) {
            throw violation(ApplicationRule.EXTENSION_ALREADY_GRANTED, command, "was already extended on "
                    + history.extension().extendedOn() + "; the law allows one extension");
        }
        if (command.workingDays() < 1 || command.workingDays() > ApplicationExtended.MAX_WORKING_DAYS) {
            throw violation(ApplicationRule.EXTENSION_TOO_LONG, command,
                    "cannot be extended by " + command.workingDays() + " working days; 1 to "
                            + ApplicationExtended.MAX_WORKING_DAYS + " are allowed");
        }
        return List.of(extension);
    }

    private static List<ApplicationEvent> startConsultation(StartConsultation command, ApplicationState state,
                                                            LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        if (history.consultationSince() != null) {
            if (history.consultationSince().equals(command.on())) {
                return List.of();
            }
            throw violation(ApplicationRule.CONSULTATION_ALREADY_OPEN, command,
                    "is already in consultation since " + history.consultationSince());
        }
        requireOpen(command, state);
        return List.of(new ConsultationStarted(command.organ(), command.applicationId(), command.on()));
    }

    private static List<ApplicationEvent> endConsultation(EndConsultation command, ApplicationState state,
                                                          LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        if (history.consultationSince() == null) {
            if (command.on().equals(history.lastConsultationEndedOn())) {
                return List.of();
            }
            throw violation(ApplicationRule.NO_CONSULTATION_OPEN, command, "has no consultation open");
        }
        BusinessDates.notBefore(subject(command), command.on(), history.consultationSince(),
                "the start of the consultation");
        return List.of(new ConsultationEnded(command.organ(), command.applicationId(), command.on()));
    }

    private static List<ApplicationEvent> setDeadline(SetDeadline command, ApplicationState state, LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        DeadlineSet deadline = new DeadlineSet(command.organ(), command.applicationId(), command.setOn(),
                command.dueOn());
        if (deadline.equals(history.deadline())) {
            return List.of();
        }
        requireOpen(command, state);
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

    private static List<ApplicationEvent> recordDecision(RecordDecision command, ApplicationState state,
                                                         LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        ApplicationDecided decided = new ApplicationDecided(command.organ(), command.applicationId(),
                command.decidedOn(), command.outcome());
        if (decided.equals(history.decision())) {
            return List.of();
        }
        requireOpen(command, state);
        if (history.correctionPending() && !command.outcome().closesPendingCorrection()) {
            throw violation(ApplicationRule.CORRECTION_PENDING, command,
                    "awaits the correction requested on " + history.correctionRequestedOn()
                            + "; only OTHER_NO_CORRECTION or OTHER can close it before the correction arrives");
        }
        if (command.outcome() == Outcome.OTHER_NO_CORRECTION && history.correctionRequestedOn() == null) {
            throw violation(ApplicationRule.NO_CORRECTION_REQUESTED, command,
                    "cannot close as OTHER_NO_CORRECTION: no correction was requested");
        }
        if (command.outcome() == Outcome.OTHER_FEE_UNPAID
                && (history.firstFeeNotice().isEmpty() || history.feePaid())) {
            throw violation(ApplicationRule.NO_FEE_CHARGED, command, "cannot close as OTHER_FEE_UNPAID: "
                    + (history.firstFeeNotice().isEmpty() ? "no fee notice was sent" : "the fee was paid"));
        }
        if (history.correctedOn() != null) {
            BusinessDates.notBefore(subject(command), command.decidedOn(), history.correctedOn(), "the correction");
        }
        return List.of(decided);
    }

    private static List<ApplicationEvent> carryOver(RecordCarryOver command, ApplicationState state,
                                                    LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        if (history.carriedOver(command.year())) {
            return List.of();
        }
        LocalDate yearEnd = command.businessDate();
        if (history.receipt().receivedOn().isAfter(yearEnd)) {
            throw violation(ApplicationRule.NOT_OPEN_AT_YEAR_END, command,
                    "was received after the end of " + command.year());
        }
        if (state instanceof Decided decided && !decided.decision().decidedOn().isAfter(yearEnd)) {
            throw violation(ApplicationRule.NOT_OPEN_AT_YEAR_END, command, "was decided on "
                    + decided.decision().decidedOn() + ", before the end of " + command.year());
        }
        return List.of(new ApplicationCarriedOver(command.organ(), command.applicationId(), command.year()));
    }

    private static List<ApplicationEvent> chargeFee(ChargeProcessingFee command, ApplicationState state,
                                                    LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        ProcessingFeeCharged notice = new ProcessingFeeCharged(command.organ(), command.applicationId(),
                command.on(), command.amount());
        if (history.recorded(notice)) {
            return List.of();
        }
        requireOpen(command, state);
        requirePositive(command, command.amount());
        return List.of(notice);
    }

    private static List<ApplicationEvent> recordFeePayment(RecordProcessingFeePayment command,
                                                           ApplicationState state, LocalDate today) {
        ApplicationHistory history = received(command, state, today);
        ProcessingFeePaid payment = new ProcessingFeePaid(command.organ(), command.applicationId(), command.on(),
                command.amount());
        if (history.recorded(payment)) {
            return List.of();
        }
        LocalDate firstNotice = history.firstFeeNotice()
                .orElseThrow(() -> violation(ApplicationRule.NO_FEE_CHARGED, command, "was sent no fee notice"));
        BusinessDates.notBefore(subject(command), command.on(), firstNotice, "the fee notice");
        requirePositive(command, command.amount());
        return List.of(payment);
    }

    /** The history of a received application, for a command dated neither after today nor before the receipt. */
    private static ApplicationHistory received(ApplicationCommand command, ApplicationState state, LocalDate today) {
        BusinessDates.notAfterToday(subject(command), command.businessDate(), today);
        if (state instanceof NotReceived) {
            throw violation(ApplicationRule.NOT_RECEIVED, command, "has not been received");
        }
        LocalDate receivedOn = state.history().receipt().receivedOn();
        if (command.businessDate().isBefore(receivedOn)) {
            throw violation(ApplicationRule.BEFORE_RECEIPT, command, "cannot be dated " + command.businessDate()
                    + ", before its receipt on " + receivedOn);
        }
        return state.history();
    }

    private static void requireOpen(ApplicationCommand command, ApplicationState state) {
        if (state instanceof Decided decided) {
            throw violation(ApplicationRule.ALREADY_DECIDED, command, "was already decided on "
                    + decided.decision().decidedOn() + " as " + decided.decision().outcome());
        }
    }

    private static void requirePositive(ApplicationCommand command, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw violation(ApplicationRule.INVALID_AMOUNT, command, "cannot be charged or pay " + amount + " yuan");
        }
    }

    /** How a refusal names the application: {@code application A of organ O}. */
    private static String subject(ApplicationCommand command) {
        return "application " + command.applicationId() + " of organ " + command.organ();
    }

    private static RuleViolation violation(ApplicationRule rule, ApplicationCommand command, String reason) {
        return new RuleViolation(rule.name(), rule.conflict(), subject(command) + " " + reason);
    }
}
