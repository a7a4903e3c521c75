package cn.gongkai.query.proactive;

import cn.gongkai.events.proactive.DecisionsRecorded;
import cn.gongkai.events.proactive.DocumentIssued;
import cn.gongkai.events.proactive.DocumentRepealed;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.FeeCollected;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.ProjectionPositions;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.Rows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/** Keeps the facts of table 二: documents, declared opening balances, decision tallies, fees collected. */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class ProactiveProjection {

    static final String DOCUMENTS = "document_fact";
    static final String STOCKS = "document_stock";
    static final String DECISIONS = "decision_tally";
    public static final String MONEY = "money_fact";
    public static final String FEE_COLLECTED = "FEE_COLLECTED";

    private final FactTable facts;
    private final ProjectionPositions positions;

    public ProactiveProjection(FactTable facts, ProjectionPositions positions) {
        this.facts = facts;
        this.positions = positions;
    }

    @EventHandler
    void on(DocumentIssued event, TrackingToken token) {
        facts.upsert(DOCUMENTS, Rows.of("organ", event.organ(), "document_id", event.documentId()),
                Rows.of("kind", event.kind(), "issued_on", event.issuedOn()), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(DocumentRepealed event, TrackingToken token) {
        facts.upsert(DOCUMENTS, Rows.of("organ", event.organ(), "document_id", event.documentId()),
                Rows.of("kind", event.kind(), "repealed_on", event.repealedOn()), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(DocumentStockDeclared event, TrackingToken token) {
        facts.upsert(STOCKS, Rows.of("organ", event.organ(), "kind", event.kind(), "as_of", event.asOf()),
                Rows.of("in_force", event.inForce()), token.position().orElseThrow());
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(DecisionsRecorded event, @MessageIdentifier String eventId, TrackingToken token) {
        facts.insertIfAbsent(DECISIONS, Rows.of("organ", event.organ(), "event_id", eventId),
                Rows.of("kind", event.kind(), "decided_on", event.decidedOn(), "decisions", event.count()));
        positions.advance(Projections.STATISTICS, token);
    }

    @EventHandler
    void on(FeeCollected event, @MessageIdentifier String eventId, TrackingToken token) {
        facts.insertIfAbsent(MONEY, Rows.of("organ", event.organ(), "event_id", eventId),
                Rows.of("purpose", FEE_COLLECTED, "on_date", event.collectedOn(), "amount_yuan", event.amount()));
        positions.advance(Projections.STATISTICS, token);
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(DOCUMENTS);
        facts.deleteAll(STOCKS);
        facts.deleteAll(DECISIONS);
        facts.deleteAll(MONEY);
    }
}
