package cn.gongkai.events;

import cn.gongkai.events.application.ApplicantTypeCorrected;
import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.CorrectionRequested;
import cn.gongkai.events.application.DeadlineSet;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.narrative.ReportPublished;
import cn.gongkai.events.organ.OrganRegistered;
import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The contract's type of every event record (DESIGN §5 and its documented additions), both ways. */
public final class EventTypes {

    private static final Map<Class<?>, String> TYPES = new LinkedHashMap<>();
    private static final Map<String, Class<?>> CLASSES = new LinkedHashMap<>();

    static {
        type(OrganRegistered.class, "gongkai.organ.registered");
        type(ApplicationReceived.class, "gongkai.application.received");
        type(ApplicantTypeCorrected.class, "gongkai.application.applicant-type-corrected");
        type(CorrectionRequested.class, "gongkai.application.correction-requested");
        type(ApplicationCorrected.class, "gongkai.application.corrected");
        type(ApplicationExtended.class, "gongkai.application.extended");
        type(ConsultationStarted.class, "gongkai.application.consultation-started");
        type(ConsultationEnded.class, "gongkai.application.consultation-ended");
        type(DeadlineSet.class, "gongkai.application.deadline-set");
        type(ApplicationDecided.class, "gongkai.application.decided");
        type(ApplicationCarriedOver.class, "gongkai.application.carried-over");
        type(ProcessingFeeCharged.class, "gongkai.processing-fee.charged");
        type(ProcessingFeePaid.class, "gongkai.processing-fee.paid");
        type(ReviewFiled.class, "gongkai.review.filed");
        type(ReviewConcluded.class, "gongkai.review.concluded");
        type(LawsuitFiled.class, "gongkai.lawsuit.filed");
        type(LawsuitConcluded.class, "gongkai.lawsuit.concluded");
        type(DocumentIssued.class, "gongkai.document.issued");
        type(DocumentRepealed.class, "gongkai.document.repealed");
        type(DocumentStockDeclared.class, "gongkai.document.stock-declared");
        type(DecisionsRecorded.class, "gongkai.decision.recorded");
        type(FeeCollected.class, "gongkai.fee.collected");
        type(NarrativeWritten.class, "gongkai.report.narrative-written");
        type(ReportPublished.class, "gongkai.report.published");
    }

    private EventTypes() {
    }

    private static void type(Class<?> record, String type) {
        TYPES.put(record, type);
        CLASSES.put(type, record);
    }

    public static String typeOf(Class<?> record) {
        String type = TYPES.get(record);
        if (type == null) {
            throw new IllegalArgumentException("not a Gongkai event: " + record.getName());
        }
        return type;
    }

    public static Optional<Class<?>> recordOf(String type) {
        return Optional.ofNullable(CLASSES.get(type));
    }

    public static Map<Class<?>, String> all() {
        return Map.copyOf(TYPES);
    }
}
