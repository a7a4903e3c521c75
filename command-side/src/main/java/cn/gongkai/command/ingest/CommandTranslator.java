package cn.gongkai.command.ingest;

import cn.gongkai.command.application.CorrectApplicantType;
import cn.gongkai.command.application.EndConsultation;
import cn.gongkai.command.application.ExtendDeadline;
import cn.gongkai.command.application.RecordCorrection;
import cn.gongkai.command.application.RecordDecision;
import cn.gongkai.command.application.RecordReceipt;
import cn.gongkai.command.application.RequestCorrection;
import cn.gongkai.command.application.SetDeadline;
import cn.gongkai.command.application.StartConsultation;
import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns a contract event (DESIGN §5) into the command that asserts it. */
@Component
public class CommandTranslator {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_APPLICANT_KEY_LENGTH = 128;

    /** Contract types whose handling is not built yet; refused by name rather than as unknown. */
    static final Set<String> NOT_YET_SUPPORTED = Set.of(
            "gongkai.review.filed", "gongkai.review.concluded", "gongkai.lawsuit.filed",
            "gongkai.lawsuit.concluded", "gongkai.document.issued", "gongkai.document.repealed",
            "gongkai.document.stock-declared", "gongkai.decision.recorded", "gongkai.fee.collected",
            "gongkai.processing-fee.charged", "gongkai.processing-fee.paid");

    private static final Map<String, Function<DataFields, Object>> COMMANDS = Map.ofEntries(
            Map.entry("gongkai.organ.registered", d -> new RegisterOrgan(
                    d.organ("organ"), d.text("name", MAX_NAME_LENGTH), d.optionalOrgan("parent"))),
            Map.entry("gongkai.application.received", d -> new RecordReceipt(
                    d.organ("organ"), d.applicationId("applicationId"), d.code("applicantType", ApplicantType.class),
                    d.date("receivedOn"), d.optionalCode("channel", Channel.class),
                    d.optionalText("applicantKey", MAX_APPLICANT_KEY_LENGTH))),
            Map.entry("gongkai.application.applicant-type-corrected", d -> new CorrectApplicantType(
                    d.organ("organ"), d.applicationId("applicationId"), d.code("applicantType", ApplicantType.class),
                    d.date("correctedOn"))),
            Map.entry("gongkai.application.correction-requested", d -> new RequestCorrection(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("requestedOn"))),
            Map.entry("gongkai.application.corrected", d -> new RecordCorrection(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("correctedOn"))),
            Map.entry("gongkai.application.extended", d -> new ExtendDeadline(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("extendedOn"),
                    d.integer("workingDays"))),
            Map.entry("gongkai.application.consultation-started", d -> new StartConsultation(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("on"))),
            Map.entry("gongkai.application.consultation-ended", d -> new EndConsultation(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("on"))),
            Map.entry("gongkai.application.deadline-set", d -> new SetDeadline(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("setOn"), d.date("dueOn"))),
            Map.entry("gongkai.application.decided", d -> new RecordDecision(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("decidedOn"),
                    d.code("outcome", Outcome.class))));

    public Object toCommand(CloudEvent event) {
        Function<DataFields, Object> translation = COMMANDS.get(event.type());
        if (translation == null) {
            if (NOT_YET_SUPPORTED.contains(event.type())) {
                throw new InvalidEvent("UNSUPPORTED_TYPE", "type", "'" + event.type()
                        + "' is part of the v1 contract but not accepted by this version of Gongkai yet");
            }
            throw new InvalidEvent("UNKNOWN_TYPE", "type", "'" + event.type() + "' is not a Gongkai event type");
        }
        DataFields data = new DataFields(event.data());
        Object command = translation.apply(data);
        data.noOthers();
        return command;
    }
}
