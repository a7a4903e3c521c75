package cn.gongkai.events;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;

import java.util.Collection;
import java.util.Locale;

/**
 * The grammar of stream (aggregate) identifiers in the event store, built and parsed here alone: a kind, ':', the
 * organ, '/', then the organ's own identifier ({@code application:julu/A-1}); an organ's registration is
 * {@code organ:julu}. An organ code never contains ':' or '/', so {@code kind:organ/} selects exactly one organ's
 * streams of a kind. Stored events and the store's SQL indexes depend on this grammar: it must not change.
 */
public final class StreamIds {

    public static final String ORGAN = "organ";
    public static final String APPLICATION = "application";
    public static final String DOCUMENT = "document";
    public static final String STOCK = "stock";
    public static final String PUBLICATION = "publication";
    public static final String NARRATIVE = "narrative";
    /** Kinds of the one-event streams of facts that stand alone ({@link #recordedFact}). */
    public static final String FEE = "fee";
    public static final String DECISIONS = "decisions";

    private static final char KIND_ENDS = ':';
    private static final char ORGAN_ENDS = '/';

    private StreamIds() {
    }

    public static String organ(OrganId organ) {
        return organ(organ.value());
    }

    /** The registration stream of an organ code. */
    public static String organ(String organ) {
        return ORGAN + KIND_ENDS + organ;
    }

    public static String application(OrganId organ, ApplicationId application) {
        return ofOrgan(APPLICATION, organ, application.value());
    }

    public static String legalCase(OrganId organ, CaseKind kind, CaseId caseId) {
        return ofOrgan(kind.name().toLowerCase(Locale.ROOT), organ, caseId.value());
    }

    public static String document(OrganId organ, DocumentId document) {
        return ofOrgan(DOCUMENT, organ, document.value());
    }

    public static String documentStock(OrganId organ, DocumentKind kind) {
        return ofOrgan(STOCK, organ, kind.name());
    }

    /** A fact that stands alone (a tally of decisions, a fee collected): its own one-event stream. */
    public static String recordedFact(String kind, OrganId organ, String factId) {
        return ofOrgan(kind, organ, factId);
    }

    public static String publication(OrganId organ, ReportingYear year, String scope) {
        return ofOrgan(PUBLICATION, organ, year + "/" + scope);
    }

    public static String narrative(OrganId organ, ReportingYear year, NarrativeSection section) {
        return ofOrgan(NARRATIVE, organ, year + "/" + section.name());
    }

    private static String ofOrgan(String kind, OrganId organ, String own) {
        return kind + KIND_ENDS + organ.value() + ORGAN_ENDS + own;
    }

    /** The kind of a stream identifier ({@code application} of {@code application:julu/A-1}), or null if none. */
    public static String kindOf(String streamId) {
        int kindEnds = streamId.indexOf(KIND_ENDS);
        return kindEnds < 0 ? null : streamId.substring(0, kindEnds);
    }

    public static boolean isOfKind(String streamId, String kind) {
        return streamId.length() > kind.length() && streamId.startsWith(kind)
                && streamId.charAt(kind.length()) == KIND_ENDS;
    }

    /** The organ a stream identifier names ({@code kind:organ/…} or {@code organ:organ}), or null if it names none. */
    public static String organOf(String streamId) {
        int kindEnds = streamId.indexOf(KIND_ENDS);
        if (kindEnds < 0) {
            return null;
        }
        int organEnds = streamId.indexOf(ORGAN_ENDS, kindEnds + 1);
        if (organEnds < 0) {
            return isOfKind(streamId, ORGAN) ? streamId.substring(kindEnds + 1) : null;
        }
        return streamId.substring(kindEnds + 1, organEnds);
    }

    /** The organ's own identifier in a stream identifier ({@code A-1} of {@code application:julu/A-1}), or null. */
    public static String ownIdOf(String streamId) {
        int kindEnds = streamId.indexOf(KIND_ENDS);
        int organEnds = kindEnds < 0 ? -1 : streamId.indexOf(ORGAN_ENDS, kindEnds + 1);
        return organEnds < 0 ? null : streamId.substring(organEnds + 1);
    }

    /** Whether the stream is one of the organs': the organ code follows the kind exactly, not as a prefix. */
    public static boolean belongsTo(String streamId, Collection<String> organs) {
        String organ = organOf(streamId);
        return organ != null && organs.contains(organ);
    }

    /** A SQL {@code like} pattern of the organ's streams other than its registration ({@link #organ(String)}). */
    public static String likeStreamsOf(String organ) {
        return "%" + KIND_ENDS + organ + ORGAN_ENDS + "%";
    }

    /**
     * The organ of the stream identifier in the column, in PostgreSQL's SQL (the text after the kind, up to the
     * first '/'). The store's organ indexes (command side V5, query side V6) are built on exactly this expression,
     * so a query must use it unchanged to use them.
     */
    public static String organInSql(String column) {
        return "split_part(split_part(" + column + ", '" + KIND_ENDS + "', 2), '" + ORGAN_ENDS + "', 1)";
    }
}
