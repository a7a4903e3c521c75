package cn.gongkai.query.application;

import cn.gongkai.events.application.ApplicationCarriedOver;
import cn.gongkai.events.application.ProcessingFeeCharged;
import cn.gongkai.events.application.ProcessingFeePaid;
import cn.gongkai.query.proactive.ProactiveProjection;
import cn.gongkai.query.projection.FactTable;
import cn.gongkai.query.projection.Projections;
import cn.gongkai.query.projection.Rows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Keeps what an application adds to the books beyond table 三: its year-end carry-over records and its
 * information-processing fees (section 六). {@link ApplicationFactsProjection} moves the position for these events.
 */
@Component
@ProcessingGroup(Projections.STATISTICS)
public class ApplicationLedgerProjection {

    static final String CARRY_OVER = "carry_over";
    public static final String FEE_CHARGED = "PROCESSING_FEE_CHARGED";
    public static final String FEE_PAID = "PROCESSING_FEE_PAID";

    private final FactTable facts;

    public ApplicationLedgerProjection(FactTable facts) {
        this.facts = facts;
    }

    @EventHandler
    void on(ApplicationCarriedOver event) {
        facts.insertIfAbsent(CARRY_OVER, Rows.of("organ", event.organ(), "application_id", event.applicationId(),
                "report_year", event.year().value()), Rows.of());
    }

    @EventHandler
    void on(ProcessingFeeCharged event, @MessageIdentifier String eventId) {
        facts.insertIfAbsent(ProactiveProjection.MONEY, Rows.of("organ", event.organ(), "event_id", eventId),
                Rows.of("purpose", FEE_CHARGED, "application_id", event.applicationId(), "on_date", event.on(),
                        "amount_yuan", event.amount()));
    }

    @EventHandler
    void on(ProcessingFeePaid event, @MessageIdentifier String eventId) {
        facts.insertIfAbsent(ProactiveProjection.MONEY, Rows.of("organ", event.organ(), "event_id", eventId),
                Rows.of("purpose", FEE_PAID, "application_id", event.applicationId(), "on_date", event.on(),
                        "amount_yuan", event.amount()));
    }

    @ResetHandler
    void reset() {
        facts.deleteAll(CARRY_OVER);
    }
}
