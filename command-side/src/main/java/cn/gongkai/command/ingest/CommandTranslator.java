package cn.gongkai.command.ingest;

import cn.gongkai.command.application.ChargeProcessingFee;
import cn.gongkai.command.application.CorrectApplicantType;
import cn.gongkai.command.application.EndConsultation;
import cn.gongkai.command.application.ExtendDeadline;
import cn.gongkai.command.application.RecordCarryOver;
import cn.gongkai.command.application.RecordCorrection;
import cn.gongkai.command.application.RecordDecision;
import cn.gongkai.command.application.RecordProcessingFeePayment;
import cn.gongkai.command.application.RecordReceipt;
import cn.gongkai.command.application.RequestCorrection;
import cn.gongkai.command.application.SetDeadline;
import cn.gongkai.command.application.StartConsultation;
import cn.gongkai.command.narrative.WriteNarrative;
import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.proactive.DeclareStock;
import cn.gongkai.command.proactive.IssueDocument;
import cn.gongkai.command.proactive.RecordDecisions;
import cn.gongkai.command.proactive.RecordFeeCollection;
import cn.gongkai.command.proactive.RepealDocument;
import cn.gongkai.command.review.ConcludeLawsuit;
import cn.gongkai.command.review.ConcludeReview;
import cn.gongkai.command.review.FileLawsuit;
import cn.gongkai.command.review.FileReview;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.application.Channel;
import cn.gongkai.events.application.Outcome;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.proactive.DecisionKind;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseResult;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Turns a contract event (DESIGN §5) into the command that asserts it. Beyond §5, Gongkai reads
 * {@code gongkai.application.carried-over} (organ, applicationId, year), {@code gongkai.report.narrative-written}
 * (organ, year, section, text) and an optional {@code kind} on {@code gongkai.document.repealed}, needed for a
 * document of the opening stock.
 */
@Component
public class CommandTranslator {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_APPLICANT_KEY_LENGTH = 128;

    static final int MAX_NARRATIVE_LENGTH = 20_000;

    private static final Map<String, BiFunction<DataFields, CloudEvent, Object>> COMMANDS = Map.ofEntries(
            Map.entry(EventTypes.ORGAN_REGISTERED, (d, e) -> new RegisterOrgan(
                    d.organ("organ"), d.text("name", MAX_NAME_LENGTH), d.optionalOrgan("parent"))),
            Map.entry(EventTypes.APPLICATION_RECEIVED, (d, e) -> new RecordReceipt(
                    d.organ("organ"), d.applicationId("applicationId"), d.code("applicantType", ApplicantType.class),
                    d.date("receivedOn"), d.optionalCode("channel", Channel.class),
                    d.optionalText("applicantKey", MAX_APPLICANT_KEY_LENGTH))),
            Map.entry(EventTypes.APPLICANT_TYPE_CORRECTED, (d, e) -> new CorrectApplicantType(
                    d.organ("organ"), d.applicationId("applicationId"), d.code("applicantType", ApplicantType.class),
                    d.date("correctedOn"))),
            Map.entry(EventTypes.CORRECTION_REQUESTED, (d, e) -> new RequestCorrection(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("requestedOn"))),
            Map.entry(EventTypes.APPLICATION_CORRECTED, (d, e) -> new RecordCorrection(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("correctedOn"))),
            Map.entry(EventTypes.APPLICATION_EXTENDED, (d, e) -> new ExtendDeadline(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("extendedOn"),
                    d.integer("workingDays"))),
            Map.entry(EventTypes.CONSULTATION_STARTED, (d, e) -> new StartConsultation(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("on"))),
            Map.entry(EventTypes.CONSULTATION_ENDED, (d, e) -> new EndConsultation(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("on"))),
            Map.entry(EventTypes.DEADLINE_SET, (d, e) -> new SetDeadline(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("setOn"), d.date("dueOn"))),
            Map.entry(EventTypes.APPLICATION_DECIDED, (d, e) -> new RecordDecision(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("decidedOn"),
                    d.code("outcome", Outcome.class))),
            Map.entry(EventTypes.APPLICATION_CARRIED_OVER, (d, e) -> new RecordCarryOver(
                    d.organ("organ"), d.applicationId("applicationId"), year(d))),
            Map.entry(EventTypes.PROCESSING_FEE_CHARGED, (d, e) -> new ChargeProcessingFee(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("on"), d.money("amount"))),
            Map.entry(EventTypes.PROCESSING_FEE_PAID, (d, e) -> new RecordProcessingFeePayment(
                    d.organ("organ"), d.applicationId("applicationId"), d.date("on"), d.money("amount"))),
            Map.entry(EventTypes.REVIEW_FILED, (d, e) -> new FileReview(
                    d.organ("organ"), d.identifier("caseId", CaseId::new), d.date("filedOn"),
                    d.optionalIdentifier("applicationId", ApplicationId::new))),
            Map.entry(EventTypes.REVIEW_CONCLUDED, (d, e) -> new ConcludeReview(
                    d.organ("organ"), d.identifier("caseId", CaseId::new), d.date("concludedOn"),
                    d.code("result", CaseResult.class))),
            Map.entry(EventTypes.LAWSUIT_FILED, (d, e) -> new FileLawsuit(
                    d.organ("organ"), d.identifier("caseId", CaseId::new), d.date("filedOn"), d.bool("afterReview"),
                    d.optionalIdentifier("applicationId", ApplicationId::new))),
            Map.entry(EventTypes.LAWSUIT_CONCLUDED, (d, e) -> new ConcludeLawsuit(
                    d.organ("organ"), d.identifier("caseId", CaseId::new), d.date("concludedOn"),
                    d.code("result", CaseResult.class))),
            Map.entry(EventTypes.DOCUMENT_ISSUED, (d, e) -> new IssueDocument(
                    d.organ("organ"), d.identifier("documentId", DocumentId::parse), d.code("kind", DocumentKind.class),
                    d.date("issuedOn"))),
            Map.entry(EventTypes.DOCUMENT_REPEALED, (d, e) -> new RepealDocument(
                    d.organ("organ"), d.identifier("documentId", DocumentId::parse),
                    d.optionalCode("kind", DocumentKind.class), d.date("repealedOn"))),
            Map.entry(EventTypes.DOCUMENT_STOCK_DECLARED, (d, e) -> new DeclareStock(
                    d.organ("organ"), d.code("kind", DocumentKind.class), d.integer("inForce"), d.date("asOf"))),
            Map.entry(EventTypes.DECISIONS_RECORDED, (d, e) -> new RecordDecisions(
                    d.organ("organ"), factId(e), d.code("kind", DecisionKind.class), d.date("decidedOn"),
                    Optional.ofNullable(d.optionalInteger("count")).orElse(1))),
            Map.entry(EventTypes.FEE_COLLECTED, (d, e) -> new RecordFeeCollection(
                    d.organ("organ"), factId(e), d.date("collectedOn"), d.money("amount"))),
            Map.entry(EventTypes.NARRATIVE_WRITTEN, (d, e) -> new WriteNarrative(
                    d.organ("organ"), year(d), d.code("section", NarrativeSection.class),
                    d.prose("text", MAX_NARRATIVE_LENGTH))));

    public Object toCommand(CloudEvent event) {
        BiFunction<DataFields, CloudEvent, Object> translation = COMMANDS.get(event.type());
        if (translation == null) {
            throw new InvalidEvent("UNKNOWN_TYPE", "type", "'" + event.type() + "' is not a Gongkai event type");
        }
        DataFields data = new DataFields(event.data());
        Object command = translation.apply(data, event);
        data.noOthers();
        return command;
    }


    private static ReportingYear year(DataFields data) {
        int year = data.integer("year");
        try {
            return ReportingYear.of(year);
        } catch (IllegalArgumentException e) {
            throw new InvalidEvent("INVALID_VALUE", "data.year", "'data.year': " + e.getMessage());
        }
    }

    /** A standalone fact is named by the CloudEvent that brought it: the same key, the same fact. */
    private static String factId(CloudEvent event) {
        return UUID.nameUUIDFromBytes((event.source() + "\n" + event.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
