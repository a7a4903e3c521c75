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

    /* Each type named as its record; the strings are the contract and never change. */
    public static final String ORGAN_REGISTERED = "gongkai.organ.registered";
    public static final String APPLICATION_RECEIVED = "gongkai.application.received";
    public static final String APPLICANT_TYPE_CORRECTED = "gongkai.application.applicant-type-corrected";
    public static final String CORRECTION_REQUESTED = "gongkai.application.correction-requested";
    public static final String APPLICATION_CORRECTED = "gongkai.application.corrected";
    public static final String APPLICATION_EXTENDED = "gongkai.application.extended";
    public static final String CONSULTATION_STARTED = "gongkai.application.consultation-started";
    public static final String CONSULTATION_ENDED = "gongkai.application.consultation-ended";
    public static final String DEADLINE_SET = "gongkai.application.deadline-set";
    public static final String APPLICATION_DECIDED = "gongkai.application.decided";
    public static final String APPLICATION_CARRIED_OVER = "gongkai.application.carried-over";
    public static final String PROCESSING_FEE_CHARGED = "gongkai.processing-fee.charged";
    public static final String PROCESSING_FEE_PAID = "gongkai.processing-fee.paid";
    public static final String REVIEW_FILED = "gongkai.review.filed";
    public static final String REVIEW_CONCLUDED = "gongkai.review.concluded";
    public static final String LAWSUIT_FILED = "gongkai.lawsuit.filed";
    public static final String LAWSUIT_CONCLUDED = "gongkai.lawsuit.concluded";
    public static final String DOCUMENT_ISSUED = "gongkai.document.issued";
    public static final String DOCUMENT_REPEALED = "gongkai.document.repealed";
    public static final String DOCUMENT_STOCK_DECLARED = "gongkai.document.stock-declared";
    public static final String DECISIONS_RECORDED = "gongkai.decision.recorded";
    public static final String FEE_COLLECTED = "gongkai.fee.collected";
    public static final String NARRATIVE_WRITTEN = "gongkai.report.narrative-written";
    public static final String REPORT_PUBLISHED = "gongkai.report.published";

    private static final Map<Class<?>, String> TYPES = new LinkedHashMap<>();
    private static final Map<String, Class<?>> CLASSES = new LinkedHashMap<>();

    static {
        type(OrganRegistered.class, ORGAN_REGISTERED);
        type(ApplicationReceived.class, APPLICATION_RECEIVED);
        type(ApplicantTypeCorrected.class, APPLICANT_TYPE_CORRECTED);
        type(CorrectionRequested.class, CORRECTION_REQUESTED);
        type(ApplicationCorrected.class, APPLICATION_CORRECTED);
        type(ApplicationExtended.class, APPLICATION_EXTENDED);
        type(ConsultationStarted.class, CONSULTATION_STARTED);
        type(ConsultationEnded.class, CONSULTATION_ENDED);
        type(DeadlineSet.class, DEADLINE_SET);
        type(ApplicationDecided.class, APPLICATION_DECIDED);
        type(ApplicationCarriedOver.class, APPLICATION_CARRIED_OVER);
        type(ProcessingFeeCharged.class, PROCESSING_FEE_CHARGED);
        type(ProcessingFeePaid.class, PROCESSING_FEE_PAID);
        type(ReviewFiled.class, REVIEW_FILED);
        type(ReviewConcluded.class, REVIEW_CONCLUDED);
        type(LawsuitFiled.class, LAWSUIT_FILED);
        type(LawsuitConcluded.class, LAWSUIT_CONCLUDED);
        type(DocumentIssued.class, DOCUMENT_ISSUED);
        type(DocumentRepealed.class, DOCUMENT_REPEALED);
        type(DocumentStockDeclared.class, DOCUMENT_STOCK_DECLARED);
        type(DecisionsRecorded.class, DECISIONS_RECORDED);
        type(FeeCollected.class, FEE_COLLECTED);
        type(NarrativeWritten.class, NARRATIVE_WRITTEN);
        type(ReportPublished.class, REPORT_PUBLISHED);
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
