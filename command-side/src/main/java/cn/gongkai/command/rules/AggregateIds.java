package cn.gongkai.command.rules;

import cn.gongkai.events.application.ApplicationId;
import cn.gongkai.events.narrative.NarrativeSection;
import cn.gongkai.events.organ.OrganId;
import cn.gongkai.events.proactive.DocumentId;
import cn.gongkai.events.proactive.DocumentKind;
import cn.gongkai.events.calendar.ReportingYear;
import cn.gongkai.events.review.CaseId;
import cn.gongkai.events.review.CaseKind;

import java.util.Locale;

/**
 * Aggregate identifiers in the event store: a kind, the organ, then the organ's own identifier. An organ code
 * never contains '/', so {@code kind:organ/} selects exactly one organ's streams of a kind.
 */
public final class AggregateIds {

    private AggregateIds() {
    }

    public static String organ(OrganId organ) {
        return "organ:" + organ.value();
    }

    public static String application(OrganId organ, ApplicationId application) {
        return applicationsOf(organ) + application.value();
    }

    public static String applicationsOf(OrganId organ) {
        return "application:" + organ.value() + "/";
    }

    public static String legalCase(OrganId organ, CaseKind kind, CaseId caseId) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + organ.value() + "/" + caseId.value();
    }

    public static String document(OrganId organ, DocumentId document) {
        return "document:" + organ.value() + "/" + document.value();
    }

    public static String documentStock(OrganId organ, DocumentKind kind) {
        return "stock:" + organ.value() + "/" + kind.name();
    }

    /** A fact that stands alone (a tally of decisions, a fee collected): its own one-event stream. */
    public static String recordedFact(String kind, OrganId organ, String factId) {
        return kind + ":" + organ.value() + "/" + factId;
    }

    public static String publication(OrganId organ, ReportingYear year, String scope) {
        return "publication:" + organ.value() + "/" + year + "/" + scope;
    }

    public static String narrative(OrganId organ, ReportingYear year, NarrativeSection section) {
        return "narrative:" + organ.value() + "/" + year + "/" + section.name();
    }
}
