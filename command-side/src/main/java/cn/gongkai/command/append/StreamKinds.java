package cn.gongkai.command.append;

import cn.gongkai.command.application.ApplicationAggregate;
import cn.gongkai.command.application.ApplicationCommand;
import cn.gongkai.command.application.ApplicationDecider;
import cn.gongkai.command.narrative.NarrativeAggregate;
import cn.gongkai.command.narrative.NarrativeDecider;
import cn.gongkai.command.narrative.WriteNarrative;
import cn.gongkai.command.organ.OrganAggregate;
import cn.gongkai.command.organ.OrganDecider;
import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.proactive.DeclareStock;
import cn.gongkai.command.proactive.DocumentAggregate;
import cn.gongkai.command.proactive.DocumentCommand;
import cn.gongkai.command.proactive.DocumentDecider;
import cn.gongkai.command.proactive.DocumentStockAggregate;
import cn.gongkai.command.proactive.DocumentStockDecider;
import cn.gongkai.command.proactive.RecordedFactAggregate;
import cn.gongkai.command.proactive.RecordedFactCommand;
import cn.gongkai.command.proactive.RecordedFactDecider;
import cn.gongkai.command.review.CaseAggregate;
import cn.gongkai.command.review.CaseCommand;
import cn.gongkai.command.review.CaseDecider;
import cn.gongkai.events.application.ApplicationEvent;
import cn.gongkai.events.narrative.NarrativeWritten;
import cn.gongkai.events.organ.OrganRegistered;
import cn.gongkai.events.proactive.DocumentStockDeclared;
import cn.gongkai.events.proactive.ProactiveEvent;
import cn.gongkai.events.review.CaseEvent;

import java.util.List;

/** The stream kinds of every command that ingestion judges in batches, each over its aggregate's decider. */
final class StreamKinds {

    static final StreamKind<?, ?, ?> APPLICATION = StreamKind.of(ApplicationAggregate.class,
            ApplicationCommand.class, ApplicationEvent.class, ApplicationDecider.INSTANCE);

    static final StreamKind<?, ?, ?> CASE = StreamKind.of(CaseAggregate.class, CaseCommand.class, CaseEvent.class,
            CaseDecider.INSTANCE);

    static final StreamKind<?, ?, ?> ORGAN = StreamKind.of(OrganAggregate.class, RegisterOrgan.class,
            OrganRegistered.class, OrganDecider.INSTANCE);

    static final StreamKind<?, ?, ?> DOCUMENT = StreamKind.of(DocumentAggregate.class, DocumentCommand.class,
            ProactiveEvent.class, DocumentDecider.INSTANCE);

    static final StreamKind<?, ?, ?> STOCK = StreamKind.of(DocumentStockAggregate.class, DeclareStock.class,
            DocumentStockDeclared.class, DocumentStockDecider.INSTANCE);

    static final StreamKind<?, ?, ?> RECORDED_FACT = StreamKind.of(RecordedFactAggregate.class,
            RecordedFactCommand.class, ProactiveEvent.class, RecordedFactDecider.INSTANCE);

    static final StreamKind<?, ?, ?> NARRATIVE = StreamKind.of(NarrativeAggregate.class, WriteNarrative.class,
            NarrativeWritten.class, NarrativeDecider.INSTANCE);

    private static final List<StreamKind<?, ?, ?>> ALL = List.of(APPLICATION, CASE, ORGAN, DOCUMENT, STOCK,
            RECORDED_FACT, NARRATIVE);

    private StreamKinds() {
    }

    /** The kind of stream a command is decided on. */
    static StreamKind<?, ?, ?> of(Object command) {
        return ALL.stream().filter(kind -> kind.decides(command)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no batch decider for " + command.getClass().getName()));
    }
}
