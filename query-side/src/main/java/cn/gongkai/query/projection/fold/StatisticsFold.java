package cn.gongkai.query.projection.fold;

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
import cn.gongkai.events.review.CaseEvent;
import cn.gongkai.events.review.LawsuitConcluded;
import cn.gongkai.events.review.LawsuitFiled;
import cn.gongkai.events.review.ReviewConcluded;
import cn.gongkai.events.review.ReviewFiled;
import cn.gongkai.query.projection.Rows;
import cn.gongkai.query.projection.fold.FactChange.Appended;
import cn.gongkai.query.projection.fold.FactChange.Kind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gongkai.query.projection.fold.StatisticsTables.APPLICATION_CLOCK;
import static cn.gongkai.query.projection.fold.StatisticsTables.APPLICATION_FACT;
import static cn.gongkai.query.projection.fold.StatisticsTables.CARRY_OVER;
import static cn.gongkai.query.projection.fold.StatisticsTables.CASE_FACT;
import static cn.gongkai.query.projection.fold.StatisticsTables.DECISION_TALLY;
import static cn.gongkai.query.projection.fold.StatisticsTables.DOCUMENT_FACT;
import static cn.gongkai.query.projection.fold.StatisticsTables.DOCUMENT_STOCK;
import static cn.gongkai.query.projection.fold.StatisticsTables.MONEY_FACT;
import static cn.gongkai.query.projection.fold.StatisticsTables.NARRATIVE;
import static cn.gongkai.query.projection.fold.StatisticsTables.ORGAN;
import static cn.gongkai.query.projection.fold.StatisticsTables.PUBLICATION;

/**
 * The statistics projections' one fold: what each recorded event changes in the statistics tables, as
 * {@link FactChange}s. It reads nothing and writes nothing; the live projection and the bulk rebuild apply its changes
 * by the same rules, so both keep the same rows.
 * <ul>
 *   <li>{@code application_fact}: category, receipt, decision of each application (table 三);</li>
 *   <li>{@code application_clock}: what the statutory clock needs of it;</li>
 *   <li>{@code carry_over} and the processing fees of {@code money_fact}: its year-end and fee records;</li>
 *   <li>{@code case_fact}: reviews and lawsuits (table 四);</li>
 *   <li>{@code document_fact}, {@code document_stock}, {@code decision_tally}, {@code money_fact}: table 二;</li>
 *   <li>{@code organ}, {@code narrative}, {@code publication}: the registry, the report's prose, its publications.</li>
 * </ul>
 */
@Component
public class StatisticsFold {

    private final ObjectMapper json;

    public StatisticsFold(ObjectMapper json) {
        this.json = json;
    }

    /** The changes the event with this identifier, at this position of the stream, makes; none for other events. */
    public List<FactChange> changes(Object event, String eventId, long position) {
        Changes changes = new Changes(position);
        if (event instanceof ApplicationEvent application) {
            application(application, eventId, changes);
        } else if (event instanceof CaseEvent legalCase) {
            legalCase(legalCase, changes);
        } else if (event instanceof DocumentIssued issued) {
            changes.upsert(DOCUMENT_FACT, Rows.of("organ", issued.organ(), "document_id", issued.documentId()),
                    Rows.of("kind", issued.kind(), "issued_on", issued.issuedOn()));
        } else if (event instanceof DocumentRepealed repealed) {
            changes.upsert(DOCUMENT_FACT, Rows.of("organ", repealed.organ(), "document_id", repealed.documentId()),
                    Rows.of("kind", repealed.kind(), "repealed_on", repealed.repealedOn()));
        } else if (event instanceof DocumentStockDeclared stock) {
            changes.upsert(DOCUMENT_STOCK, Rows.of("organ", stock.organ(), "kind", stock.kind(), "as_of",
                    stock.asOf()), Rows.of("in_force", stock.inForce()));
        } else if (event instanceof DecisionsRecorded tally) {
            changes.once(DECISION_TALLY, Rows.of("organ", tally.organ(), "event_id", eventId),
                    Rows.of("kind", tally.kind(), "decided_on", tally.decidedOn(), "decisions", tally.count()));
        } else if (event instanceof FeeCollected fee) {
            changes.once(MONEY_FACT, Rows.of("organ", fee.organ(), "event_id", eventId),
                    Rows.of("purpose", StatisticsTables.FEE_COLLECTED, "on_date", fee.collectedOn(), "amount_yuan",
                            fee.amount()));
        } else if (event instanceof OrganRegistered organ) {
            changes.upsert(ORGAN, Rows.of("organ", organ.organ()), Rows.of("name", organ.name(), "parent",
                    organ.parent() == null ? null : organ.parent().value()));
        } else if (event instanceof NarrativeWritten written) {
            changes.upsert(NARRATIVE, Rows.of("organ", written.organ(), "report_year", written.year().value(),
                    "section", written.section()), Rows.of("body", written.text()));
        } else if (event instanceof ReportPublished published) {
            changes.upsert(PUBLICATION, Rows.of("organ", published.organ(), "report_year",
                    published.year().value(), "scope", published.scope()), Rows.of("published_on",
                    published.publishedOn(), "position", published.position(), "digest", published.digest(),
                    "figures", figures(published)));
        }
        return changes.list;
    }

    private static void application(ApplicationEvent event, String eventId, Changes changes) {
        Map<String, Object> key = Rows.of("organ", event.organ(), "application_id", event.applicationId());
        if (event instanceof ApplicationReceived received) {
            changes.upsert(APPLICATION_FACT, key, Rows.of("applicant_type", received.applicantType(),
                    "received_on", received.receivedOn()));
            changes.upsert(APPLICATION_CLOCK, key, Rows.of("applicant_type", received.applicantType(),
                    "received_on", received.receivedOn(), "extension_days", 0, "consultations", ""));
        } else if (event instanceof ApplicantTypeCorrected corrected) {
            Map<String, Object> type = Rows.of("applicant_type", corrected.applicantType());
            changes.update(APPLICATION_FACT, key, type);
            changes.update(APPLICATION_CLOCK, key, type);
        } else if (event instanceof ApplicationDecided decided) {
            changes.update(APPLICATION_FACT, key, Rows.of("decided_on", decided.decidedOn(), "outcome",
                    decided.outcome()));
            changes.update(APPLICATION_CLOCK, key, Rows.of("decided_on", decided.decidedOn()));
        } else if (event instanceof CorrectionRequested requested) {
            changes.update(APPLICATION_CLOCK, key, Rows.of("correction_requested_on", requested.requestedOn()));
        } else if (event instanceof ApplicationCorrected corrected) {
            changes.update(APPLICATION_CLOCK, key, Rows.of("corrected_on", corrected.correctedOn()));
        } else if (event instanceof ApplicationExtended extended) {
            changes.update(APPLICATION_CLOCK, key, Rows.of("extension_days", extended.workingDays()));
        } else if (event instanceof ConsultationStarted started) {
            changes.update(APPLICATION_CLOCK, key, Map.of("consultations",
                    new Appended(started.on() + "/", ";" + started.on() + "/")));
        } else if (event instanceof ConsultationEnded ended) {
            changes.update(APPLICATION_CLOCK, key, Map.of("consultations",
                    new Appended(ended.on().toString(), ended.on().toString())));
        } else if (event instanceof DeadlineSet deadline) {
            changes.update(APPLICATION_CLOCK, key, Rows.of("set_due_on", deadline.dueOn()));
        } else if (event instanceof ApplicationCarriedOver carried) {
            changes.once(CARRY_OVER, Rows.of("organ", carried.organ(), "application_id", carried.applicationId(),
                    "report_year", carried.year().value()), Rows.of());
        } else if (event instanceof ProcessingFeeCharged notice) {
            changes.once(MONEY_FACT, Rows.of("organ", notice.organ(), "event_id", eventId), Rows.of("purpose",
                    StatisticsTables.FEE_CHARGED, "application_id", notice.applicationId(), "on_date", notice.on(),
                    "amount_yuan", notice.amount()));
        } else if (event instanceof ProcessingFeePaid payment) {
            changes.once(MONEY_FACT, Rows.of("organ", payment.organ(), "event_id", eventId), Rows.of("purpose",
                    StatisticsTables.FEE_PAID, "application_id", payment.applicationId(), "on_date", payment.on(),
                    "amount_yuan", payment.amount()));
        }
    }

    private static void legalCase(CaseEvent event, Changes changes) {
        Map<String, Object> key = Rows.of("organ", event.organ(), "case_kind", event.kind(), "case_id",
                event.caseId());
        if (event instanceof ReviewFiled filed) {
            changes.upsert(CASE_FACT, key, Rows.of("after_review", false, "filed_on", filed.filedOn(),
                    "application_id", filed.applicationId() == null ? null : filed.applicationId().value()));
        } else if (event instanceof LawsuitFiled filed) {
            changes.upsert(CASE_FACT, key, Rows.of("after_review", filed.afterReview(), "filed_on",
                    filed.filedOn(), "application_id",
                    filed.applicationId() == null ? null : filed.applicationId().value()));
        } else if (event instanceof ReviewConcluded concluded) {
            changes.update(CASE_FACT, key, Rows.of("concluded_on", concluded.concludedOn(), "result",
                    concluded.result()));
        } else if (event instanceof LawsuitConcluded concluded) {
            changes.update(CASE_FACT, key, Rows.of("concluded_on", concluded.concludedOn(), "result",
                    concluded.result()));
        }
    }

    private String figures(ReportPublished published) {
        try {
            return json.writeValueAsString(published.figures());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The changes of one event, gathered in the order made. */
    private static final class Changes {
        private final long position;
        private final List<FactChange> list = new ArrayList<>(2);

        Changes(long position) {
            this.position = position;
        }

        void upsert(String table, Map<String, Object> key, Map<String, Object> values) {
            list.add(new FactChange(table, key, values, Kind.UPSERT, position));
        }

        void update(String table, Map<String, Object> key, Map<String, Object> values) {
            list.add(new FactChange(table, key, values, Kind.UPDATE, position));
        }

        void once(String table, Map<String, Object> key, Map<String, Object> values) {
            list.add(new FactChange(table, key, values, Kind.INSERT_ONCE, position));
        }
    }
}
