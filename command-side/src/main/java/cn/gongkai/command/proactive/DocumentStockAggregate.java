package cn.gongkai.command.proactive;

import cn.gongkai.command.rules.Decider;
import cn.gongkai.command.rules.DeciderAggregate;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** The Axon shell around {@link DocumentStockDecider}; the handler answers how many events it applied. */
@Aggregate(commandTargetResolver = "aggregateTargetResolver")
public class DocumentStockAggregate
        extends DeciderAggregate<DeclareStock, Map<LocalDate, Long>, DocumentStockDeclared> {

    protected DocumentStockAggregate() {
    }

    @Override
    protected Decider<DeclareStock, Map<LocalDate, Long>, DocumentStockDeclared> decider() {
        return DocumentStockDecider.INSTANCE;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(DeclareStock command, Clock clock) {
        return decide(command.aggregateId(), command, clock);
    }
}
