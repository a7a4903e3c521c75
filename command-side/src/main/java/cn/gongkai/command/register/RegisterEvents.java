package cn.gongkai.command.register;

import cn.gongkai.command.ingest.CloudEvent;
import cn.gongkai.command.ingest.ContentDigest;
import cn.gongkai.command.ingest.ParsedRequest;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.application.ApplicationCorrected;
import cn.gongkai.events.application.ApplicationDecided;
import cn.gongkai.events.application.ApplicationExtended;
import cn.gongkai.events.application.ApplicationReceived;
import cn.gongkai.events.application.ConsultationEnded;
import cn.gongkai.events.application.ConsultationStarted;
import cn.gongkai.events.application.CorrectionRequested;
import cn.gongkai.events.organ.OrganId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CloudEvents a register's rows assert, as a department's system would send them: one per filled date, in the
 * order of an application's life. Source and id derive from the organ, the register number and the column, so the
 * same register imported again sends the same keys (duplicates, appending nothing), and a cell changed since is the
 * same key with other content: a conflict the ingestion ledger reports.
 */
final class RegisterEvents {

    static final String SOURCE_PREFIX = "/gongkai/register/";

    private final ObjectMapper json;
    private final ContentDigest digests;

    RegisterEvents(ObjectMapper json) {
        this.json = json;
        this.digests = new ContentDigest(json);
    }

    /** One event of a register and the row and column it came from. */
    record RowEvent(int row, RegisterField field, CloudEvent event) {
    }

    /** The events of the entries, indexed in order, as one request. */
    List<RowEvent> of(OrganId organ, List<RegisterEntry> entries) {
        List<RowEvent> events = new ArrayList<>();
        for (RegisterEntry entry : entries) {
            for (Fact fact : facts(entry)) {
                ObjectNode data = json.createObjectNode().put("organ", organ.value())
                        .put("applicationId", entry.applicationId().value());
                fact.data().forEach((name, value) -> {
                    if (value instanceof Integer number) {
                        data.put(name, number);
                    } else {
                        data.put(name, value.toString());
                    }
                });
                String type = EventTypes.typeOf(fact.event());
                String id = entry.applicationId().value() + "/" + type.substring(type.lastIndexOf('.') + 1);
                events.add(new RowEvent(entry.row(), fact.field(), new CloudEvent(events.size(), id,
                        SOURCE_PREFIX + organ.value(), type, data, digests.of(type, data), Map.of())));
            }
        }
        return events;
    }

    static ParsedRequest request(List<RowEvent> events) {
        List<CloudEvent> reindexed = new ArrayList<>();
        for (RowEvent rowEvent : events) {
            CloudEvent e = rowEvent.event();
            reindexed.add(e.at(reindexed.size()));
        }
        return new ParsedRequest(reindexed.size(), reindexed, List.of());
    }

    /** A fact of one application: its event's record, the column it comes from, its data beyond the keys. */
    private record Fact(Class<?> event, RegisterField field, Map<String, Object> data) {
    }

    private static List<Fact> facts(RegisterEntry e) {
        List<Fact> facts = new ArrayList<>();
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("applicantType", e.applicantType().name());
        receipt.put("receivedOn", e.receivedOn().toString());
        if (e.channel() != null) {
            receipt.put("channel", e.channel().name());
        }
        facts.add(new Fact(ApplicationReceived.class, RegisterField.RECEIVED_ON, receipt));
        dated(facts, CorrectionRequested.class, RegisterField.CORRECTION_REQUESTED_ON, "requestedOn",
                e.correctionRequestedOn());
        dated(facts, ApplicationCorrected.class, RegisterField.CORRECTED_ON, "correctedOn", e.correctedOn());
        dated(facts, ConsultationStarted.class, RegisterField.CONSULTATION_STARTED_ON, "on", e.consultationStartedOn());
        dated(facts, ConsultationEnded.class, RegisterField.CONSULTATION_ENDED_ON, "on", e.consultationEndedOn());
        if (e.extendedOn() != null) {
            facts.add(new Fact(ApplicationExtended.class, RegisterField.EXTENDED_ON, Map.of("extendedOn",
                    e.extendedOn().toString(), "workingDays", e.extensionWorkingDays())));
        }
        if (e.decidedOn() != null && e.outcome() != null) {
            facts.add(new Fact(ApplicationDecided.class, RegisterField.DECIDED_ON, Map.of("decidedOn",
                    e.decidedOn().toString(), "outcome", e.outcome().name())));
        }
        return facts;
    }

    private static void dated(List<Fact> facts, Class<?> event, RegisterField field, String name, LocalDate date) {
        if (date != null) {
            facts.add(new Fact(event, field, Map.of(name, date.toString())));
        }
    }
}
